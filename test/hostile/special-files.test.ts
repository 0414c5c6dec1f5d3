/**
 * Special files (issue 13, item 5): a FIFO or a link to /dev/zero where
 * preflight expects a source, a `.gitignore`, a configuration or a baseline
 * must give a clear error, never a hang or unbounded memory. Each run is a
 * child process with a time and memory bound, so a regression fails the test
 * instead of hanging it.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { readBoundedFile, FileReadError } from '../../src/util/read-file.js';
import { writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, ['--max-old-space-size=512', CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
  });
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

const KMS = 'resource "aws_kms_key" "a" {\n  enable_key_rotation = false\n}\n';

test('the bounded reader refuses FIFOs, devices and oversized files, and reads regular files', () => {
  const dir = writeProject({ 'small.txt': 'hello', 'big.txt': 'x'.repeat(2000) });
  mkfifo(join(dir, 'fifo'));
  assert.equal(readBoundedFile(join(dir, 'small.txt'), { maxBytes: 100 }).toString(), 'hello');
  const reasonOf = (path: string) => {
    try {
      readBoundedFile(path, { maxBytes: 1000 });
      return 'read';
    } catch (error) {
      assert.ok(error instanceof FileReadError);
      return error.reason;
    }
  };
  assert.equal(reasonOf(join(dir, 'fifo')), 'not-a-file');
  assert.equal(reasonOf('/dev/zero'), 'not-a-file');
  assert.equal(reasonOf(join(dir, 'big.txt')), 'too-large');
  assert.equal(reasonOf(join(dir, 'missing')), 'ENOENT');
});

test('a .gitignore that is a FIFO or a link to /dev/zero does not hang discovery', () => {
  for (const make of [(p: string) => mkfifo(p), (p: string) => symlinkSync('/dev/zero', p)]) {
    const dir = writeProject({ 'main.tf': KMS });
    make(join(dir, '.gitignore'));
    const result = run(['scan', '.', '--format', 'json'], dir);
    assert.equal(result.error, undefined, 'timed out');
    assert.equal(result.status, 0, result.stderr);
    assert.ok(JSON.parse(result.stdout).findings.some((f: { ruleId: string }) => f.ruleId === 'kms/rotation-disabled'));
  }
});

test('--config and --baseline that are a FIFO or /dev/zero are a clear error (exit 2)', () => {
  const dir = writeProject({ 'main.tf': KMS });
  mkfifo(join(dir, 'fifo'));
  for (const args of [
    ['--config', '/dev/zero'],
    ['--config', 'fifo'],
    ['--baseline', '/dev/zero'],
    ['--baseline', 'fifo'],
  ]) {
    const result = run(['scan', 'main.tf', ...args], dir);
    assert.equal(result.error, undefined, `${args.join(' ')}: timed out`);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.match(result.stderr, /not a regular file/, args.join(' '));
  }
});

test('a source that is a FIFO or a link to /dev/zero is reported, not read', () => {
  const dir = writeProject({ 'main.tf': KMS });
  mkfifo(join(dir, 'pipe.tf'));
  symlinkSync('/dev/zero', join(dir, 'zero.tf'));
  const result = run(['scan', 'main.tf', 'pipe.tf', 'zero.tf', '--format', 'json'], dir);
  assert.equal(result.error, undefined, 'timed out');
  assert.notEqual(result.status, null, result.stderr);
  writeFileSync(join(dir, 'done'), '');
});
