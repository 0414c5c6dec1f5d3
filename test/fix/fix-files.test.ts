import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import type { Finding } from '../../src/engine/finding.js';
import { findingIdentity } from '../../src/engine/fingerprint.js';
import { judge, planFixes, writeChanges } from '../../src/fix/fix-files.js';
import { writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

const KMS = 'resource "aws_kms_key" "data" {\n  description             = "d"\n  deletion_window_in_days = 7\n}\n';

function fixDir(dir: string, paths = [dir], rules?: string[]) {
  return planFixes(paths, { scan: { config: DEFAULT_CONFIG, cwd: dir }, rules });
}

function finding(ruleId: string, message: string, file = 'main.tf', withFix = false): Finding {
  return {
    ruleId,
    severity: 'low',
    message,
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ...(withFix ? { fix: { description: 'd', edits: [{ file, start: 0, end: 0, text: ' ' }] } } : {}),
  };
}

test('judge: accepts a fix whose finding is gone, refuses new parse errors, findings left or new findings', () => {
  const fixed = finding('kms/rotation-disabled', 'no rotation');
  const taken = [{ finding: fixed, identity: findingIdentity(fixed) }];
  const other = finding('s3/public-access-block-missing', 'no block');
  assert.equal(judge([fixed, other], [other], taken), undefined);
  assert.match(judge([fixed], [finding('parse-error', 'syntax error: x')], taken)!, /would not parse/);
  assert.match(judge([fixed], [fixed], taken)!, /still there/);
  assert.match(judge([fixed], [finding('iam/wildcard-action', 'new')], taken)!, /add a finding: iam\/wildcard-action/);
  // A new finding with a fix of its own (layout) is left to the next pass.
  assert.equal(judge([fixed], [finding('terraform/fmt', 'layout', 'main.tf', true)], taken), undefined);
});

test('fixes in several passes (the fix, then the layout it needs), atomically, keeping the mode, idempotent', () => {
  const dir = writeProject({
    'main.tf': KMS + 'resource "aws_s3_bucket_encryption_configuration" "e" {\n  bucket = "b"\n}\n',
  });
  const file = join(dir, 'main.tf');
  chmodSync(file, 0o640);
  const plan = fixDir(dir, [dir], ['kms/rotation-disabled', 'terraform/unknown-resource-type', 'terraform/fmt']);
  assert.deepEqual(plan.refused, []);
  assert.equal(plan.changes.length, 1);
  assert.deepEqual(plan.changes[0].fixes.map((f) => f.ruleId).sort(), [
    'kms/rotation-disabled',
    'terraform/fmt',
    'terraform/unknown-resource-type',
  ]);
  assert.equal(readFileSync(file, 'utf8'), plan.changes[0].before, 'planning writes nothing');
  const { written } = writeChanges(plan.changes);
  assert.equal(written.length, 1);
  const text = readFileSync(file, 'utf8');
  assert.match(text, /\n {2}enable_key_rotation {5}= true\n {2}description {13}= "d"\n/);
  assert.match(text, /"aws_s3_bucket_server_side_encryption_configuration" "e"/);
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(dir), ['main.tf'], 'no temporary file left');
  assert.deepEqual(fixDir(dir).changes, [], 'a second run changes nothing');
});

test('a CRLF file stays CRLF, and a BOM is kept', () => {
  const dir = writeProject({ 'main.tf': '\ufeff' + KMS.replace(/\n/g, '\r\n') });
  const file = join(dir, 'main.tf');
  writeChanges(fixDir(dir, [dir], ['kms/rotation-disabled', 'terraform/fmt']).changes);
  const text = readFileSync(file, 'utf8');
  assert.match(text, /enable_key_rotation/);
  assert.ok(text.startsWith('\ufeff'));
  assert.doesNotMatch(text, /[^\r]\n/, 'every line break is CRLF');
});

test('files outside the given paths are never touched', () => {
  const dir = writeProject({ 'main.tf': 'variable "x" {}\n', 'keys.tf': KMS });
  const plan = fixDir(dir, [join(dir, 'main.tf')]);
  assert.deepEqual(plan.changes, []);
});

test('a file changed after planning is left alone', () => {
  const dir = writeProject({ 'main.tf': KMS });
  const plan = fixDir(dir);
  writeFileSync(join(dir, 'main.tf'), KMS + '\n');
  const { written, refused } = writeChanges(plan.changes);
  assert.deepEqual(written, []);
  assert.match(refused[0].reason, /changed while/);
});

test('preflight fix --dry-run prints a unified diff and writes nothing; fix writes; a second run changes nothing', () => {
  const dir = writeProject({ 'main.tf': KMS });
  const dry = spawnSync(process.execPath, [CLI, 'fix', '--dry-run', '--rules', 'kms/rotation-disabled', '.'], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(dry.status, 0, dry.stderr);
  assert.match(dry.stdout, /^--- a\/main\.tf\n\+\+\+ b\/main\.tf\n@@ -1,4 \+1,5 @@\n/);
  // The inserted line comes aligned: the layout it needs is part of the fix, whatever --rules says.
  assert.match(dry.stdout, /\n\+ {2}enable_key_rotation {5}= true\n {3}description {13}= "d"\n/);
  assert.match(dry.stderr, /would fix 2 findings in 1 file/);
  assert.equal(readFileSync(join(dir, 'main.tf'), 'utf8'), KMS);
  const run = spawnSync(process.execPath, [CLI, 'fix', '.'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /fixed 2 findings in 1 file/);
  assert.match(readFileSync(join(dir, 'main.tf'), 'utf8'), /enable_key_rotation {5}= true/);
  const again = spawnSync(process.execPath, [CLI, 'fix', '--dry-run', '.'], { cwd: dir, encoding: 'utf8' });
  assert.equal(again.stdout, '');
  assert.match(again.stderr, /would fix 0 findings in 0 files/);
});

test('scan --fix uses the same engine and then reports what remains', () => {
  const dir = writeProject({ 'main.tf': KMS });
  const run = spawnSync(process.execPath, [CLI, 'scan', '.', '--fix', '--no-color'], { cwd: dir, encoding: 'utf8' });
  assert.match(run.stderr, /preflight: fixed 2 findings in 1 file/);
  assert.doesNotMatch(run.stdout, /kms\/rotation-disabled|terraform\/fmt/);
});

test('fixes inside a Markdown answer edit the Markdown file at the block', () => {
  const fence = '```';
  const dir = writeProject({
    'answer.md': [
      '### main.tf',
      `${fence}hcl`,
      'resource "aws_kms_key" "k" {',
      '  description = "d"',
      '}',
      fence,
      '',
    ].join('\n'),
  });
  const run = spawnSync(process.execPath, [CLI, 'fix', 'answer.md', '--rules', 'kms/rotation-disabled'], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    readFileSync(join(dir, 'answer.md'), 'utf8'),
    /```hcl\nresource "aws_kms_key" "k" \{\n {2}enable_key_rotation = true\n {2}description {9}= "d"\n\}\n```/,
  );
});

test('a file that does not parse is not fixed', () => {
  const dir = writeProject({ 'main.tf': KMS + 'resource "aws_sqs_queue" "q" {\n  name = \n}\n' });
  assert.deepEqual(fixDir(dir).changes, []);
});

test('Pulumi TypeScript: an argument added to a one-line object stays on its line', async () => {
  const dir = writeProject({
    'index.ts': "import * as aws from '@pulumi/aws';\nnew aws.kms.Key('k', { description: 'data' });\n",
  });
  const options = { scan: { config: DEFAULT_CONFIG, cwd: dir }, rules: ['kms/rotation-disabled'] };
  writeChanges(planFixes([dir], options).changes);
  assert.equal(
    readFileSync(join(dir, 'index.ts'), 'utf8'),
    "import * as aws from '@pulumi/aws';\nnew aws.kms.Key('k', { enableKeyRotation: true, description: 'data' });\n",
  );
});
