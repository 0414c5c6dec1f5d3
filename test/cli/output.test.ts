import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const project = () => writeProject({ 'main.tf': 'resource "aws_kms_key" "k" {\n  description = "k"\n}\n' });

test('--output writes the report to a file and nothing to stdout', () => {
  const dir = project();
  const { code, stdout, stderr } = run(['scan', '.', '--format', 'markdown', '--output', 'report.md'], dir);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.equal(stdout, '');
  const report = readFileSync(join(dir, 'report.md'), 'utf8');
  assert.match(report, /^# Failures and Corrections: `\.`/);
  assert.match(report, /enable_key_rotation = true/);
});

test('--output to a path that cannot be written is a one-line error', () => {
  const dir = project();
  const { code, stderr } = run(['scan', '.', '--format', 'sarif', '--output', join(dir, 'missing', 'x.sarif')], dir);
  assert.equal(code, 2);
  assert.match(stderr, /^preflight: cannot write .*x\.sarif: ENOENT\n$/);
});

test('every format is accepted by --format, an unknown one is refused with the list', () => {
  const dir = project();
  for (const format of ['text', 'json', 'markdown', 'sarif', 'html', 'github', 'junit', 'jsonl'])
    assert.equal(run(['scan', '.', '--format', format], dir).code, 0);
  const { code, stderr } = run(['scan', '.', '--format', 'pdf'], dir);
  assert.equal(code, 2);
  assert.match(stderr, /--format must be one of text, json, markdown, sarif, html, github, junit, jsonl/);
});
