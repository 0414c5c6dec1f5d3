import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { writeProject } from '../helpers.js';

const CLI = fileURLToPath(new URL('../../src/cli/main.js', import.meta.url));

test('PREFLIGHT_TIMINGS prints the time of each reader and rule on stderr, on one thread or several', () => {
  const files: Record<string, string> = {};
  // Enough programs for worker threads to start (16 per thread).
  for (let i = 0; i < 40; i++) files[`m${i}/main.tf`] = 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n';
  const dir = writeProject(files);
  for (const jobs of ['1', '2']) {
    const run = spawnSync(process.execPath, [CLI, 'scan', '--jobs', jobs, dir], {
      encoding: 'utf8',
      env: { ...process.env, PREFLIGHT_TIMINGS: '1' },
    });
    assert.match(run.stderr, /preflight timings/);
    assert.match(run.stderr, /read terraform\n/);
    assert.match(run.stderr, /rule terraform\/undefined-reference\n/);
  }
  const quiet = spawnSync(process.execPath, [CLI, 'scan', dir], { encoding: 'utf8' });
  assert.doesNotMatch(quiet.stderr, /preflight timings/);
});
