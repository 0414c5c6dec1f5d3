import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { scan } from '../../src/engine/scan.js';
import { writeProject } from '../helpers.js';

const config = DEFAULT_CONFIG;

test('an unparseable file gives a parse-error finding and the other files are still scanned', () => {
  const dir = writeProject({
    'broken/main.tf': 'resource "aws_s3_bucket" "a" {\n  bucket = "x" +\n}\n',
    'good/main.tf': 'resource "aws_dynamodb_table" "t" {\n  global_secondary_index {\n    name = "i"\n  }\n}\n',
  });
  const result = scan([dir], { config, cwd: dir });
  const parse = result.findings.filter((f) => f.ruleId === 'parse-error');
  assert.equal(parse[0]?.file, 'broken/main.tf');
  assert.equal(parse[0]?.line, 2);
  assert.ok(result.findings.some((f) => f.ruleId === 'dynamodb/gsi-missing-projection'));
});

test('binary and oversized files are reported, not parsed', () => {
  const dir = writeProject({ 'bin/main.tf': 'x' });
  writeFileSync(join(dir, 'bin/main.tf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
  mkdirSync(join(dir, 'big'));
  writeFileSync(join(dir, 'big/main.tf'), '# filler\n'.repeat(1_200_000));
  const result = scan([dir], { config, cwd: dir });
  const messages = result.findings.filter((f) => f.ruleId === 'parse-error').map((f) => `${f.file}: ${f.message}`);
  assert.ok(messages.some((m) => m.startsWith('bin/main.tf: binary file')));
  assert.ok(messages.some((m) => m.startsWith('big/main.tf: file is 10.3 MB')));
});

test('empty directories, empty files and symlink loops finish without findings or errors', () => {
  const dir = writeProject({ 'empty.tf': '', 'nested/README.txt': 'hi' });
  mkdirSync(join(dir, 'nothing'));
  symlinkSync(dir, join(dir, 'nested', 'loop'));
  symlinkSync(join(dir, 'missing-target'), join(dir, 'dangling.tf'));
  const result = scan([dir], { config, cwd: dir });
  assert.deepEqual(result.findings, []);
  assert.deepEqual(result.errors, []);
});

test('.gitignore, node_modules and .terraform are skipped', () => {
  const bad = 'resource "aws_s3_bucket_encryption_configuration" "a" {}\n';
  const dir = writeProject({
    '.gitignore': 'generated/\n',
    'generated/main.tf': bad,
    'node_modules/mod/main.tf': bad,
    '.terraform/modules/m/main.tf': bad,
    'main.tf': 'resource "aws_sqs_queue" "q" {}\n',
  });
  const result = scan([dir], { config, cwd: dir });
  assert.deepEqual(result.findings, []);
  assert.equal(result.filesScanned, 1);
});

test('a FIFO given as a path is reported as unreadable instead of blocking the scan', async () => {
  const { execFileSync } = await import('node:child_process');
  const dir = writeProject({ 'main.tf': 'resource "aws_kms_key" "k" {}\n' });
  execFileSync('mkfifo', [join(dir, 'pipe.tf')]);
  const result = scan([join(dir, 'pipe.tf'), join(dir, 'main.tf')], { config, cwd: dir });
  assert.deepEqual(result.errors, [`cannot read ${join(dir, 'pipe.tf')}: not a regular file`]);
  assert.ok(result.findings.some((f) => f.ruleId === 'kms/rotation-disabled'));
});
