/**
 * Requirements on the command line and in configuration: `preflight
 * requirements`, `--requirements`, `--no-requirements`, `requirements:`, the
 * default PROMPT.md beside a Markdown answer, and the Markdown report's
 * checklist.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeProject } from '../helpers.js';

const CLI = join(new URL('.', import.meta.url).pathname, '..', '..', 'src', 'cli', 'main.js');

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const REQUEST = '# Request\n\n- Deploy to the eu-west-1 region.\n- No inline policies are allowed.\n';
const PROGRAM = [
  'provider "aws" {',
  '  region = "us-east-1"',
  '}',
  '',
  'resource "aws_iam_role" "app" {',
  '  name_prefix        = "app-"',
  '  assume_role_policy = "{}"',
  '}',
  '',
  'resource "aws_iam_role_policy" "app" {',
  '  role   = aws_iam_role.app.id',
  '  policy = "{}"',
  '}',
  '',
].join('\n');

test('preflight requirements prints one requirement a line with its source line, or JSON', () => {
  const dir = writeProject({ 'PROMPT.md': REQUEST });
  const text = run(['requirements', 'PROMPT.md'], dir);
  assert.equal(text.code, 0);
  assert.deepEqual(text.stdout.trim().split('\n'), [
    'PROMPT.md:3  region: eu-west-1  (Deploy to the eu-west-1 region.)',
    'PROMPT.md:4  forbidden: inline-policy  (No inline policies are allowed.)',
  ]);
  const json = JSON.parse(run(['requirements', 'PROMPT.md', '--format', 'json'], dir).stdout) as {
    requirements: { kind: string; source: { line: number } }[];
  };
  assert.deepEqual(
    json.requirements.map((r) => `${r.kind}@${r.source.line}`),
    ['region@3', 'forbidden@4'],
  );
  assert.equal(run(['requirements', 'missing.md'], dir).code, 2);
});

test('--requirements checks a directory against a request; a missing request is a usage error', () => {
  const dir = writeProject({ 'REQUEST.md': REQUEST, 'infra/main.tf': PROGRAM });
  const scanned = run(['scan', 'infra', '--requirements', 'REQUEST.md', '--quiet'], dir);
  assert.match(scanned.stdout, /requirements\/region/);
  assert.match(scanned.stdout, /high {2}iam\/inline-policy .*which the requirements forbid/);
  assert.match(scanned.stdout, /checked against REQUEST\.md \(2 requirements\)/);
  const missing = run(['scan', 'infra', '--requirements', 'nope.md'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such requirements file: nope\.md/);
});

test('requirements: in .preflight.yaml names the request; --no-requirements turns it off', () => {
  const dir = writeProject({
    'docs/REQUEST.md': REQUEST,
    'infra/main.tf': PROGRAM,
    '.preflight.yaml': 'requirements: docs/REQUEST.md\n',
  });
  const configured = run(['scan', 'infra', '--quiet'], dir);
  assert.match(configured.stdout, /requirements\/region/);
  const off = run(['scan', 'infra', '--quiet', '--no-requirements', '--fail-on', 'none'], dir);
  assert.doesNotMatch(off.stdout, /requirements\/region|checked against/);
  assert.match(off.stdout, /low {2}iam\/inline-policy/);
  const broken = writeProject({ '.preflight.yaml': 'requirements: absent.md\n', 'main.tf': PROGRAM });
  assert.match(run(['scan', '.'], broken).stderr, /\.preflight\.yaml:1: requirements: no such file: absent\.md/);
});

test('a Markdown answer is checked against the PROMPT.md beside it, and the Markdown report lists each requirement', () => {
  const answer = 'Here is the module.\n\n```hcl\n' + PROGRAM + '```\n';
  const dir = writeProject({ 'lib/PROMPT.md': REQUEST, 'lib/MODEL_RESPONSE.md': answer });
  const report = run(['scan', 'lib/MODEL_RESPONSE.md', '--format', 'markdown'], dir).stdout;
  assert.match(report, /## Requirements/);
  assert.match(
    report,
    /\| violated \| region: eu-west-1 \| lib\/PROMPT\.md:3: Deploy to the eu-west-1 region\. \| `requirements\/region` \|/,
  );
  assert.match(report, /\| violated \| forbidden: inline-policy \| lib\/PROMPT\.md:4: .* \| `iam\/inline-policy` \|/);
});

test('a scan of many tasks names three of the requests they were checked against and counts the rest', () => {
  const answer = 'Here is the module.\n\n```hcl\n' + PROGRAM + '```\n';
  const files: Record<string, string> = {};
  for (const task of ['a', 'b', 'c', 'd', 'e']) {
    files[`${task}/PROMPT.md`] = REQUEST;
    files[`${task}/MODEL_RESPONSE.md`] = answer;
  }
  const summary = run(['scan', '.', '--quiet'], writeProject(files)).stdout.trim().split('\n').at(-1) ?? '';
  assert.match(
    summary,
    /; checked against a\/PROMPT\.md \(2 requirements\), b\/PROMPT\.md \(2 requirements\), c\/PROMPT\.md \(2 requirements\) and 2 more requests$/,
  );
});

test('the checklist leaves out what only describes the request ("production-ready"), which no rule can meet', () => {
  const answer = 'Here is the module.\n\n```hcl\n' + PROGRAM + '```\n';
  const request = REQUEST + '- Make it production-ready.\n';
  const dir = writeProject({ 'lib/PROMPT.md': request, 'lib/MODEL_RESPONSE.md': answer });
  assert.match(run(['requirements', 'lib/PROMPT.md'], dir).stdout, /production-grade/);
  const report = run(['scan', 'lib/MODEL_RESPONSE.md', '--format', 'markdown'], dir).stdout;
  assert.match(report, /\| violated \| region: eu-west-1 \|/);
  assert.doesNotMatch(report, /production/);
  // JSON keeps every requirement, in the request's order that findings index.
  const json = JSON.parse(run(['scan', 'lib/MODEL_RESPONSE.md', '--format', 'json'], dir).stdout) as {
    requirements: { requirement: string }[];
  };
  assert.match(json.requirements.at(-1)?.requirement ?? '', /production-grade/);
});

test('a PROMPT.md beside an answer that cannot be read is an error of the scan, which goes on without it', () => {
  const answer = 'Here is the module.\n\n```hcl\n' + PROGRAM + '```\n';
  const dir = writeProject({ 'lib/PROMPT.md': 'binary\0request', 'lib/MODEL_RESPONSE.md': answer });
  const scan = run(['scan', 'lib/MODEL_RESPONSE.md', '--format', 'json'], dir);
  const report = JSON.parse(scan.stdout) as { errors: string[]; findings: { ruleId: string }[] };
  assert.deepEqual(report.errors, ['requirements lib/PROMPT.md: binary file']);
  assert.ok(report.findings.some((f) => f.ruleId === 'provider/region-not-enforced' || f.ruleId.startsWith('iam/')));
});
