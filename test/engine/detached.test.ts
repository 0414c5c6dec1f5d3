import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detached, detachStrings } from '../../src/util/detached.js';

test('detached copies are equal strings, and detachStrings copies every string of plain data in place', () => {
  const source = 'resource "aws_s3_bucket" "a_long_bucket_name" {}\n'.repeat(100);
  const name = source.slice(26, 44);
  assert.equal(detached(name), name);
  assert.equal(detached('short'), 'short');
  const finding = {
    message: `bucket ${name} is open`,
    line: 3,
    resource: { type: 'aws_s3_bucket', name },
    related: [{ message: name, line: 1 }],
    fix: undefined,
  };
  const copy = structuredClone(finding);
  assert.equal(detachStrings(finding), finding);
  assert.deepEqual(finding, copy);
});
