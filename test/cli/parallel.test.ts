import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { scanInParallel } from '../../src/engine/parallel.js';
import { scan } from '../../src/engine/scan.js';
import { TEST_SCAN_DATE, writeProject } from '../helpers.js';

test('a scan on several threads gives exactly the single-thread result', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++)
    files[`m${i}/main.tf`] =
      `resource "aws_kms_key" "k${i}" {}\nresource "aws_s3_bucket_encryption_configuration" "e" {}\n`;
  const dir = writeProject(files);
  const options = { config: DEFAULT_CONFIG, cwd: dir, date: TEST_SCAN_DATE };
  const single = scan([dir], options);
  const parallel = await scanInParallel([dir], options, 2);
  assert.equal(single.findings.length, 80);
  assert.deepEqual(parallel, single);
});

test('threads use each program’s own configuration file and suppressions, like a single-thread scan', async () => {
  const files: Record<string, string> = {
    '.preflight.yaml': 'profile: ephemeral\nrules:\n  kms/rotation-disabled: critical\n',
    'quiet/.preflight.yaml': 'rules:\n  kms/rotation-disabled: off\n',
  };
  for (let i = 0; i < 40; i++) {
    const key = `${i % 3 === 0 ? '# preflight-ignore kms/rotation-disabled: shared key\n' : ''}resource "aws_kms_key" "k${i}" {}\n`;
    files[`${i % 4 === 0 ? 'quiet/' : ''}m${i}/main.tf`] = `${key}resource "aws_s3_bucket" "b" {}\n`;
  }
  const dir = writeProject(files);
  const options = {
    cwd: dir,
    date: TEST_SCAN_DATE,
    ruleIds: ['kms/rotation-disabled', 'lifecycle/ephemeral-force-destroy-missing'],
  };
  const single = scan([dir], options);
  const parallel = await scanInParallel([dir], options, 2);
  assert.deepEqual(parallel, single);
  const kms = single.findings.filter((f) => f.ruleId === 'kms/rotation-disabled');
  // 30 programs outside quiet/, 10 of them (i % 3 === 0, i % 4 !== 0) suppressed.
  assert.equal(kms.length, 20);
  assert.ok(kms.every((f) => f.severity === 'critical' && !f.file.startsWith('quiet/')));
  assert.equal(single.suppressed, 10);
  assert.equal(single.findings.filter((f) => f.ruleId.startsWith('lifecycle/')).length, 40);
});
