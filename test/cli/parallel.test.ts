import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../src/config/config.js';
import { scanInParallel } from '../../src/engine/parallel.js';
import { scan } from '../../src/engine/scan.js';
import { writeProject } from '../helpers.js';

test('a scan on several threads gives exactly the single-thread result', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++)
    files[`m${i}/main.tf`] =
      `resource "aws_kms_key" "k${i}" {}\nresource "aws_s3_bucket_encryption_configuration" "e" {}\n`;
  const dir = writeProject(files);
  const options = { config: DEFAULT_CONFIG, cwd: dir };
  const single = scan([dir], options);
  const parallel = await scanInParallel([dir], options, 2);
  assert.equal(single.findings.length, 80);
  assert.deepEqual(parallel, single);
});
