/**
 * What `fix` writes (issue 13, items 6, 9, 10): never through a link that
 * leaves the given paths, links stay links, hard links stay shared, bytes that
 * are not UTF-8 are never replaced, and a killed run's temporary files go.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { planFixes, writeChanges } from '../../src/fix/fix-files.js';
import { writeProject } from '../helpers.js';

const KMS = 'resource "aws_kms_key" "data" {\n  description             = "d"\n  deletion_window_in_days = 7\n}\n';

function fix(paths: string[], cwd: string) {
  const plan = planFixes(paths, { scan: { config: DEFAULT_CONFIG, cwd } });
  return { plan, ...writeChanges(plan.changes, paths) };
}

test('a symlinked directory leading outside the given path is not written through', () => {
  const root = writeProject({ 'outside/main.tf': KMS, 'target/main.tf': KMS });
  symlinkSync('../outside', join(root, 'target', 'link'));
  const { written } = fix([join(root, 'target')], root);
  assert.deepEqual(
    written.map((c) => c.file),
    [join(root, 'target', 'main.tf')],
  );
  assert.equal(readFileSync(join(root, 'outside', 'main.tf'), 'utf8'), KMS);
});

test('a symlinked file stays a link and its target (inside) is fixed; a hard link stays shared', () => {
  const root = writeProject({ 'real/main.tf': KMS, 'hard/main.tf': KMS });
  mkdirSync(join(root, 'linked'));
  symlinkSync('../real/main.tf', join(root, 'linked', 'main.tf'));
  linkSync(join(root, 'hard', 'main.tf'), join(root, 'hard-copy.txt'));
  const { written } = fix([join(root, 'linked'), join(root, 'real'), join(root, 'hard')], root);
  assert.ok(written.length >= 2);
  assert.ok(lstatSync(join(root, 'linked', 'main.tf')).isSymbolicLink());
  assert.match(readFileSync(join(root, 'real', 'main.tf'), 'utf8'), /enable_key_rotation/);
  assert.equal(statSync(join(root, 'hard', 'main.tf')).nlink, 2);
  assert.match(readFileSync(join(root, 'hard-copy.txt'), 'utf8'), /enable_key_rotation/);
});

test('a symlinked file whose target is outside the given paths is refused', () => {
  const root = writeProject({ 'outside/main.tf': KMS });
  mkdirSync(join(root, 'target'));
  symlinkSync('../outside/main.tf', join(root, 'target', 'main.tf'));
  const plan = planFixes([join(root, 'target')], { scan: { config: DEFAULT_CONFIG, cwd: root } });
  // Even a plan made with wider paths is refused at write time when the target leaves the given paths.
  const wide = planFixes([root], { scan: { config: DEFAULT_CONFIG, cwd: root } });
  const { written } = writeChanges(
    [...plan.changes, ...wide.changes.filter((c) => c.file.includes('target'))],
    [join(root, 'target')],
  );
  assert.deepEqual(written, []);
  assert.equal(readFileSync(join(root, 'outside', 'main.tf'), 'utf8'), KMS);
});

test('a file that is not valid UTF-8 is refused, its bytes untouched', () => {
  const root = writeProject({ 'main.tf': '' });
  const latin1 = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\n' + KMS)]);
  writeFileSync(join(root, 'main.tf'), latin1);
  const { refused, written } = fix([root], root);
  assert.deepEqual(written, []);
  assert.match(refused.map((r) => r.reason).join('\n'), /not valid UTF-8/);
  assert.deepEqual(readFileSync(join(root, 'main.tf')), latin1);
});

test("a killed run's temporary file is removed by the next run; a live process's is kept", async () => {
  const root = writeProject({ 'main.tf': KMS });
  // A process that has exited: its pid is free (a reused pid would only keep the file).
  const child = spawn(process.execPath, ['-e', '']);
  const deadPid = child.pid!;
  await new Promise((done) => child.on('exit', done));
  writeFileSync(join(root, `.main.tf.preflight-${deadPid}.tmp`), 'half');
  writeFileSync(join(root, `.main.tf.preflight-${process.ppid}.tmp`), 'in use');
  const { written } = fix([root], root);
  assert.equal(written.length, 1);
  assert.deepEqual(readdirSync(root).sort(), [`.main.tf.preflight-${process.ppid}.tmp`, 'main.tf']);
});
