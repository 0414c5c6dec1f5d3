/**
 * The `preflight` command runs the bundle in dist/bundle (scripts/bundle.mjs);
 * the other tests run the TypeScript build. Both must report the same, on
 * one thread and on several (the bundled worker scripts), scanning and fixing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { writeProject } from '../helpers.js';

const BUNDLE = fileURLToPath(new URL('../../bundle/main.js', import.meta.url));
const BUILD = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));
const PACKAGE = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

function run(cli: string, args: string[], cwd?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the package runs the bundle, which knows its version and its rule docs', () => {
  assert.equal(PACKAGE.bin.preflight, 'dist/bundle/main.js');
  assert.equal(run(BUNDLE, ['--version']).stdout.trim(), PACKAGE.version);
  assert.match(run(BUNDLE, ['rules', 'kms/rotation-disabled']).stdout, /^# kms\/rotation-disabled/);
  const unknown = run(BUNDLE, ['scna']);
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr, 'preflight: unknown command "scna"; try "preflight --help"\n');
});

test('the bundle finds what the build finds on the examples', () => {
  const bundled = run(BUNDLE, ['scan', EXAMPLES, '--format', 'json', '--jobs', '1']);
  const built = run(BUILD, ['scan', EXAMPLES, '--format', 'json', '--jobs', '1']);
  assert.equal(bundled.code, 1, bundled.stderr);
  const findings = (out: string) => (JSON.parse(out) as { findings: unknown[] }).findings;
  assert.ok(findings(bundled.stdout).length > 0);
  assert.deepEqual(findings(bundled.stdout), findings(built.stdout));
});

test('the bundle reads JSON and YAML templates as the build does', () => {
  // A resource type that does not exist, in each syntax.
  const resources = { Bucket: { Type: 'AWS::S3::Buckett' } };
  const dir = writeProject({
    'json/template.json': JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }, null, 2),
    'yaml/template.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Bucket:\n    Type: AWS::S3::Buckett\n",
  });
  const bundled = run(BUNDLE, ['scan', '.', '--format', 'json'], dir);
  assert.equal(bundled.stderr, '');
  const files = (JSON.parse(bundled.stdout) as { findings: { file: string }[] }).findings.map((f) => f.file);
  assert.ok(files.includes('json/template.json') && files.includes('yaml/template.yaml'));
  assert.equal(bundled.stdout, run(BUILD, ['scan', '.', '--format', 'json'], dir).stdout);
});

test('the bundled worker scripts scan and fix as the build does on one thread', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`m${i}/main.tf`] = `resource "aws_kms_key" "k${i}" {\n  description = "k"\n}\n`;
  const dir = writeProject(files);
  const bundled = run(BUNDLE, ['scan', '.', '--format', 'json', '--jobs', '2'], dir);
  const built = run(BUILD, ['scan', '.', '--format', 'json', '--jobs', '1'], dir);
  assert.equal(bundled.stderr, '');
  assert.equal((JSON.parse(bundled.stdout) as { findings: unknown[] }).findings.length, 40);
  assert.equal(bundled.stdout, built.stdout);
  const bundledFix = run(BUNDLE, ['fix', '.', '--dry-run', '--jobs', '2'], dir);
  assert.match(bundledFix.stdout, /enable_key_rotation/);
  assert.equal(bundledFix.stdout, run(BUILD, ['fix', '.', '--dry-run', '--jobs', '1'], dir).stdout);
});
