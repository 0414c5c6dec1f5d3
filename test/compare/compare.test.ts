import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { compareVersions } from '../../src/compare/compare.js';
import type { Finding } from '../../src/engine/finding.js';
import { writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

const finding = (ruleId: string, name: string, message: string, file = 'main.tf', line = 1): Finding => ({
  ruleId,
  severity: 'medium',
  message,
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  resource: { type: 'aws_s3_bucket', name },
});

test('findings match by rule, resource and message, whatever their file and line', () => {
  const before = [
    finding('kms/rotation-disabled', 'k', 'no rotation', 'MODEL_RESPONSE.md', 100),
    finding('s3/versioning', 'b', 'no versioning', 'MODEL_RESPONSE.md', 120),
  ];
  const after = [finding('kms/rotation-disabled', 'k', 'no rotation', 'kms.tf', 3), finding('x/new', 'c', 'new one')];
  const { fixed, remaining, added } = compareVersions(before, after);
  assert.deepEqual(
    fixed.map((f) => f.ruleId),
    ['s3/versioning'],
  );
  assert.deepEqual(
    remaining.map((r) => [r.before.line, r.after.line]),
    [[100, 3]],
  );
  assert.deepEqual(
    added.map((f) => f.ruleId),
    ['x/new'],
  );
});

test('a changed count still matches; a different argument of the same resource does not', () => {
  const before = [
    finding('r/deprecated', 'b', 'Argument versioning of "b" is deprecated (3 uses)'),
    finding('r/deprecated', 'b', 'Argument lifecycleRules of "b" is deprecated'),
  ];
  const after = [
    finding('r/deprecated', 'b', 'Argument versioning of "b" is deprecated (4 uses)'),
    finding('r/deprecated', 'b', 'Argument acl of "b" is deprecated'),
  ];
  const { fixed, remaining, added } = compareVersions(before, after);
  assert.equal(remaining.length, 1);
  assert.match(remaining[0].after.message, /versioning.*4 uses/);
  assert.match(fixed[0].message, /lifecycleRules/);
  assert.match(added[0].message, /acl/);
});

test('repeated identical findings pair one to one', () => {
  const same = () => finding('r/x', 'b', 'same');
  const { fixed, remaining, added } = compareVersions([same(), same(), same()], [same()]);
  assert.equal(remaining.length, 1);
  assert.equal(fixed.length, 2);
  assert.equal(added.length, 0);
});

test('preflight compare: an answer against its corrected directory, in json and markdown', () => {
  const answer = [
    '# Answer',
    '',
    '```hcl',
    'resource "aws_kms_key" "data" {',
    '  description = "data"',
    '}',
    '',
    'resource "aws_dynamodb_table" "t" {',
    '  name     = "t"',
    '  hash_key = "id"',
    '  global_secondary_index {',
    '    name     = "i"',
    '    hash_key = "id"',
    '  }',
    '}',
    '```',
    '',
  ].join('\n');
  const corrected = [
    'resource "aws_kms_key" "data" {',
    '  description = "data"',
    '}',
    '',
    'resource "aws_dynamodb_table" "t" {',
    '  name     = "t"',
    '  hash_key = "id"',
    '  global_secondary_index {',
    '    name            = "i"',
    '    hash_key        = "id"',
    '    projection_type = "ALL"',
    '  }',
    '}',
    '',
    'resource "aws_s3_bucket_encryption_configuration" "x" {}',
    '',
  ].join('\n');
  // The answer sits inside the corrected directory, as in the corpus: it is not part of the "after" version.
  const dir = writeProject({ 'lib/MODEL_RESPONSE.md': answer, 'lib/main.tf': corrected });
  const run = (format: string) =>
    spawnSync(process.execPath, [CLI, 'compare', 'lib/MODEL_RESPONSE.md', 'lib', '--format', format], {
      cwd: dir,
      encoding: 'utf8',
    });
  const json = run('json');
  assert.equal(json.stderr, '');
  assert.equal(json.status, 1, 'a new critical finding fails the run');
  const report = JSON.parse(json.stdout) as {
    summary: { fixed: number; remaining: number; new: number };
    fixed: Finding[];
    remaining: { before: Finding; after: Finding }[];
    new: Finding[];
  };
  assert.ok(report.fixed.some((f) => f.ruleId === 'dynamodb/gsi-missing-projection'));
  assert.ok(
    report.remaining.some((r) => r.before.ruleId === 'kms/rotation-disabled' && r.after.file === 'lib/main.tf'),
  );
  assert.deepEqual(
    report.new.map((f) => f.ruleId),
    ['terraform/unknown-resource-type'],
  );
  assert.equal(report.summary.fixed, report.fixed.length);
  const markdown = run('markdown').stdout;
  assert.match(markdown, /^# Comparison: `lib\/MODEL_RESPONSE\.md` → `lib`/);
  assert.match(markdown, /^## Fixed \(\d+\)$/m);
  assert.match(markdown, /^\| critical \| [^|]+ \(`dynamodb\/gsi-missing-projection`\) \| `aws_dynamodb_table\.t` \|/m);
});

test('preflight compare needs exactly two existing paths', () => {
  const dir = writeProject({ 'main.tf': '' });
  const one = spawnSync(process.execPath, [CLI, 'compare', 'main.tf'], { cwd: dir, encoding: 'utf8' });
  assert.equal(one.status, 2);
  assert.match(one.stderr, /compare takes two paths/);
  const missing = spawnSync(process.execPath, [CLI, 'compare', 'main.tf', 'nope'], { cwd: dir, encoding: 'utf8' });
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no such file or directory: nope/);
});
