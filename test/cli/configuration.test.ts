import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(args: string[], cwd: string) {
  const { stdout } = run([...args, '--format', 'json'], cwd);
  return JSON.parse(stdout) as {
    summary: { suppressed: number; hiddenByBaseline: number };
    findings: { ruleId: string; file: string; severity: string }[];
  };
}

const KMS_KEY = 'resource "aws_kms_key" "k" {}\n';

test('each program uses the nearest .preflight.yaml above it; --config overrides them all', () => {
  const dir = writeProject({
    '.preflight.yaml': 'rules:\n  kms/rotation-disabled: critical\n',
    'a/main.tf': KMS_KEY,
    'b/.preflight.yml': 'rules:\n  kms/rotation-disabled: off\n',
    'b/main.tf': KMS_KEY,
    'other.yaml': 'rules:\n  kms/rotation-disabled: low\n',
  });
  const nearest = json(['scan', '.', '--rules', 'kms/rotation-disabled'], dir);
  assert.deepEqual(
    nearest.findings.map((f) => [f.file, f.severity]),
    [['a/main.tf', 'critical']],
  );
  // Scanning a subdirectory still finds the file above it.
  assert.equal(json(['scan', 'a', '--rules', 'kms/rotation-disabled'], dir).findings[0].severity, 'critical');
  const explicit = json(['scan', '.', '--rules', 'kms/rotation-disabled', '--config', 'other.yaml'], dir);
  assert.deepEqual(
    explicit.findings.map((f) => [f.file, f.severity]),
    [
      ['a/main.tf', 'low'],
      ['b/main.tf', 'low'],
    ],
  );
});

test('include and exclude globs, relative to the configuration file', () => {
  const dir = writeProject({
    '.preflight.yaml': "include:\n  - 'infra/**'\nexclude:\n  - 'infra/legacy/**'\n",
    'infra/main.tf': KMS_KEY,
    'infra/legacy/main.tf': KMS_KEY,
    'scratch/main.tf': KMS_KEY,
  });
  const result = json(['scan', '.', '--rules', 'kms/rotation-disabled'], dir);
  assert.deepEqual(
    result.findings.map((f) => f.file),
    ['infra/main.tf'],
  );
});

test('profile in the configuration turns on the lifecycle rules of that profile', () => {
  const tf = 'resource "aws_dynamodb_table" "t" {\n  deletion_protection_enabled = true\n}\n';
  const dir = writeProject({ '.preflight.yaml': 'profile: ephemeral\n', 'main.tf': tf });
  const ids = (d: string) => json(['scan', '.'], d).findings.map((f) => f.ruleId);
  assert.ok(ids(dir).includes('lifecycle/ephemeral-deletion-protection'));
  writeFileSync(join(dir, '.preflight.yaml'), 'profile: production\n');
  assert.ok(!ids(dir).includes('lifecycle/ephemeral-deletion-protection'));
});

test('preflight init writes a default file that the scan accepts, and refuses to overwrite it without --force', () => {
  const dir = writeProject({ 'main.tf': KMS_KEY });
  assert.equal(run(['init'], dir).code, 0);
  const written = readFileSync(join(dir, '.preflight.yaml'), 'utf8');
  assert.match(written, /accountLimit: 1000/);
  assert.equal(run(['scan', '.', '--fail-on', 'none'], dir).code, 0);
  const again = run(['init'], dir);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /already exists; use --force/);
  assert.equal(run(['init', '--force'], dir).code, 0);
});

test('--write-baseline records findings; --baseline then fails only on new ones', () => {
  const dir = writeProject({ 'main.tf': KMS_KEY });
  const args = ['scan', '.', '--rules', 'kms/rotation-disabled', '--fail-on', 'medium'];
  assert.equal(run(args, dir).code, 1);
  const written = run([...args, '--write-baseline'], dir);
  assert.equal(written.code, 0);
  assert.match(written.stderr, /wrote 1 finding to the baseline \.preflight-baseline\.json/);
  assert.ok(existsSync(join(dir, '.preflight-baseline.json')));

  // Code moved down a few lines: still the same finding.
  writeFileSync(join(dir, 'main.tf'), `\n\n\n${KMS_KEY}`);
  const same = run([...args, '--baseline', '.preflight-baseline.json', '--no-color'], dir);
  assert.equal(same.code, 0);
  assert.match(same.stdout, /0 findings .*; 1 hidden by the baseline/);

  writeFileSync(join(dir, 'main.tf'), `${KMS_KEY}resource "aws_kms_key" "new" {}\n`);
  const added = json([...args, '--baseline', '.preflight-baseline.json'], dir);
  assert.equal(added.findings.length, 1);
  assert.equal(added.summary.hiddenByBaseline, 1);
  assert.equal(run([...args, '--baseline', '.preflight-baseline.json'], dir).code, 1);
});

test('a baseline written from another directory matches by paths relative to the baseline file', () => {
  const dir = writeProject({ 'infra/main.tf': KMS_KEY });
  const args = ['--rules', 'kms/rotation-disabled', '--fail-on', 'medium'];
  assert.equal(run(['scan', 'infra', ...args, '--write-baseline', '--baseline', 'infra/base.json'], dir).code, 0);
  assert.equal(run(['scan', '.', ...args, '--baseline', 'base.json'], join(dir, 'infra')).code, 0);
});

test('a missing or malformed baseline is a usage error', () => {
  const dir = writeProject({ 'main.tf': KMS_KEY, 'bad.json': '{"findings": 3}' });
  const missing = run(['scan', '.', '--baseline', 'nope.json'], dir);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read baseline nope\.json: ENOENT/);
  const bad = run(['scan', '.', '--baseline', 'bad.json'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /bad\.json is not a preflight baseline/);
});
