import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

function run(args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const project = () =>
  writeProject({
    'main.tf': 'resource "aws_kms_key" "k" {}\nresource "aws_s3_bucket_encryption_configuration" "e" {}\n',
  });

test('exit code 1 with findings at or above --fail-on, 0 below it', () => {
  const dir = project();
  assert.equal(run(['scan', '.'], dir).code, 1);
  assert.equal(run(['scan', '.', '--fail-on', 'none'], dir).code, 0);
  assert.equal(run(['scan', '.', '--rules', 'kms/rotation-disabled'], dir).code, 0);
  assert.equal(run(['scan', '.', '--rules', 'kms/rotation-disabled', '--fail-on', 'medium'], dir).code, 1);
});

test('text output: file:line:col, severity, rule id, code frame and a summary line', () => {
  const { stdout } = run(['scan', '.', '--no-color'], project());
  assert.match(
    stdout,
    /main\.tf:2:11 {2}critical {2}terraform\/unknown-resource-type {2}The AWS provider has no resource type/,
  );
  assert.match(stdout, /\s+2 \| resource "aws_s3_bucket_encryption_configuration" "e" \{\}/);
  assert.match(stdout, /2 findings \(1 critical, 0 high, 1 medium, 0 low\) in 1 file\n$/);
  assert.ok(!stdout.includes('\u001b['), 'no ANSI escapes');
});

test('--quiet prints one line per finding', () => {
  const { stdout } = run(['scan', '.', '--quiet'], project());
  assert.doesNotMatch(stdout, / \| /);
});

test('JSON output carries the tool version and the documented finding fields', () => {
  const { stdout, code } = run(['scan', '.', '--format', 'json'], project());
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.tool.name, 'preflight');
  assert.match(report.tool.version, /^\d+\.\d+\.\d+$/);
  const finding = report.findings.find((f: { ruleId: string }) => f.ruleId === 'kms/rotation-disabled');
  assert.deepEqual(Object.keys(finding).sort(), [
    'column',
    'endColumn',
    'endLine',
    'file',
    'fix',
    'line',
    'message',
    'resource',
    'ruleId',
    'severity',
    'suggestion',
  ]);
  assert.deepEqual(finding.resource, { type: 'aws_kms_key', name: 'k' });
  assert.equal(report.summary.critical, 1);
});

test('usage errors exit 2 with a one-line message', () => {
  for (const args of [
    ['scan', '--format', 'xml'],
    ['scan', '--fail-on', 'sometimes'],
    ['scan', '--rules', 'no/such-rule'],
    ['scan', 'does-not-exist'],
    ['scan', '--bogus'],
    ['frobnicate'],
  ]) {
    const { code, stderr } = run(args, project());
    assert.equal(code, 2, args.join(' '));
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    assert.match(stderr, /^preflight: /);
  }
});

test('--version and --help', () => {
  assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  const help = run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--fail-on/);
});

test('an invalid configuration file is a usage error naming the file, line and key', () => {
  const dir = writeProject({
    '.preflight.yaml': 'rules:\n  iam/inline-policy:\n    forbid: "yes"\n',
    'main.tf': '',
  });
  const { code, stderr } = run(['scan', '.'], dir);
  assert.equal(code, 2);
  assert.equal(
    stderr,
    'preflight: .preflight.yaml:3: rules.iam/inline-policy.forbid: must be a boolean (the requirements forbid inline policies: findings become high)\n',
  );
});

test('a closed output pipe (preflight ... | head) ends the run quietly, without a stack trace', async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [CLI, 'scan', '.', '--no-color'], { cwd: project() });
  // The reader goes away before any output: every write the CLI makes meets a closed pipe.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.doesNotMatch(stderr, /EPIPE|Error|at /);
  assert.equal(code, 1);
});

test('preflight rules lists every rule with severity, frameworks and fix; an id prints its page', () => {
  const list = run(['rules']);
  assert.equal(list.code, 0);
  assert.match(
    list.stdout,
    /^kms\/rotation-disabled +medium +terraform,pulumi-ts,pulumi-py,cdktf-ts,cdktf-py +auto +KMS key/m,
  );
  assert.match(list.stdout, /^terraform\/fmt +low +terraform +auto /m);
  const page = run(['rules', 'kms/rotation-disabled']);
  assert.equal(page.code, 0);
  assert.match(page.stdout, /^# kms\/rotation-disabled\n/);
  assert.match(page.stdout, /## Examples/);
  const json = JSON.parse(run(['rules', '--format', 'json']).stdout) as { id: string; frameworks: string[] }[];
  assert.ok(json.some((r) => r.id === 'terraform/fmt' && r.frameworks.join() === 'terraform'));
  const unknown = run(['rules', 'kms/rotation-disabld']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown rule "kms\/rotation-disabld"; did you mean "kms\/rotation-disabled"\?/);
  assert.match(run(['rules', 'kms/rotation']).stderr, /did you mean "kms\/rotation-disabled"\?/);
});
