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

test('answers that share a request are scanned on threads with the single-thread result, requirements included', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) {
    files[`t${i}/lib/PROMPT.md`] = `- Deploy to eu-west-${1 + (i % 3)}.\n- No inline policies are allowed.\n`;
    // A whole file (three top-level blocks), which a scan of the directory reads.
    const answer =
      '```hcl\nterraform {\n  required_version = ">= 1.5"\n}\nprovider "aws" {\n  region = "us-east-1"\n}\n' +
      'resource "aws_kms_key" "k" {}\n```\n';
    files[`t${i}/lib/MODEL_RESPONSE.md`] = answer;
    files[`t${i}/lib/MODEL_RESPONSE2.md`] = answer.replace('us-east-1', 'eu-west-1');
  }
  const dir = writeProject(files);
  const options = { config: DEFAULT_CONFIG, cwd: dir, date: TEST_SCAN_DATE, markdownInDirectories: true };
  // The files a scan read beyond its programs matter to the cache only, which keeps them per program.
  const { filesRead, ...single } = scan([dir], options);
  assert.equal(filesRead?.length, 40);
  const parallel = await scanInParallel([dir], options, 2);
  assert.deepEqual(parallel, single);
  assert.equal(single.requirements?.length, 20);
  assert.ok(single.findings.some((f) => f.ruleId === 'requirements/region'));
});

test('a scan on this thread turns the event loop between programs, so native parse trees are freed as it goes', async () => {
  const dir = writeProject({
    'a/__main__.py': 'import pulumi_aws as aws\naws.s3.Bucket("a")\n',
    'b/__main__.py': 'import pulumi_aws as aws\naws.s3.Bucket("b")\n',
  });
  const order: string[] = [];
  // Without a turn of the loop the scan's promise settles (a microtask) before any immediate runs.
  setImmediate(() => order.push('turn'));
  await scanInParallel([dir], { config: DEFAULT_CONFIG, cwd: dir, date: TEST_SCAN_DATE }, 1).then(() =>
    order.push('done'),
  );
  assert.deepEqual(order, ['turn', 'done']);
});
