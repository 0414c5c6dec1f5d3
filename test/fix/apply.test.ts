import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import type { Finding } from '../../src/engine/finding.js';
import { applyFixes } from '../../src/fix/apply.js';
import { writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

function finding(file: string, edits: { start: number; end: number; text: string }[]): Finding {
  return {
    ruleId: 'test/rule',
    severity: 'low',
    message: 'm',
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fix: { description: 'd', edits: edits.map((e) => ({ file, ...e })) },
  };
}

test('applies non-overlapping edits and leaves overlapping ones for a later pass', () => {
  const dir = writeProject({ 'main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "a"\n}\n' });
  const file = join(dir, 'main.tf');
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('"a"');
  const outcome = applyFixes([
    finding(file, [{ start: at, end: at + 3, text: '"b"' }]),
    finding(file, [{ start: at + 1, end: at + 2, text: 'c' }]),
  ]);
  assert.deepEqual(outcome, { files: [file], fixed: 1, refused: [] });
  assert.match(readFileSync(file, 'utf8'), /name = "b"/);
});

test('refuses to write a fix that would make the file parse worse', () => {
  const dir = writeProject({ 'main.tf': 'resource "aws_sqs_queue" "q" {\n  name = "a"\n}\n' });
  const file = join(dir, 'main.tf');
  const before = readFileSync(file, 'utf8');
  const outcome = applyFixes([finding(file, [{ start: before.length - 2, end: before.length - 1, text: '' }])]);
  assert.deepEqual(outcome, { files: [], fixed: 0, refused: [file] });
  assert.equal(readFileSync(file, 'utf8'), before);
});

test('preflight scan --fix rewrites files, reports what remains, and the result is in terraform fmt layout', () => {
  const dir = writeProject({
    'main.tf': [
      'resource "aws_kms_key" "data" {',
      '  description             = "d"',
      '  deletion_window_in_days = 7',
      '}',
      'resource "aws_s3_bucket_encryption_configuration" "e" {',
      '  bucket = "b"',
      '}',
      '',
    ].join('\n'),
  });
  const run = spawnSync(process.execPath, [CLI, 'scan', '.', '--fix', '--no-color'], { cwd: dir, encoding: 'utf8' });
  // Rotation, the type name, then (second pass) the layout the inserted line needs.
  assert.match(run.stderr, /preflight: fixed 3 findings in 1 file/);
  const text = readFileSync(join(dir, 'main.tf'), 'utf8');
  assert.match(text, /\n {2}enable_key_rotation {5}= true\n {2}description {13}= "d"\n/);
  assert.match(text, /resource "aws_s3_bucket_server_side_encryption_configuration" "e"/);
  assert.doesNotMatch(run.stdout, /kms\/rotation-disabled|unknown-resource-type|terraform\/fmt/);
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
  const run = spawnSync(process.execPath, [CLI, 'scan', 'answer.md', '--fix', '--rules', 'kms/rotation-disabled'], {
    cwd: dir,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    readFileSync(join(dir, 'answer.md'), 'utf8'),
    /resource "aws_kms_key" "k" \{\n {2}enable_key_rotation = true\n/,
  );
});
