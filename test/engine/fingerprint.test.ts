import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../src/engine/finding.js';
import { fingerprints } from '../../src/engine/fingerprint.js';

const finding = (line: number, message = 'Key rotation is off', file = 'main.tf'): Finding => ({
  ruleId: 'kms/rotation-disabled',
  severity: 'medium',
  message,
  file,
  line,
  column: 1,
  endLine: line,
  endColumn: 10,
  resource: { type: 'aws_kms_key', name: 'k' },
});

test('a fingerprint does not change when the finding moves to another line', () => {
  assert.deepEqual(fingerprints([finding(3)]), fingerprints([finding(40)]));
});

test('repeated identical findings get distinct fingerprints; other messages or files differ', () => {
  const [a, b] = fingerprints([finding(3), finding(9)]);
  assert.notEqual(a, b);
  assert.notEqual(fingerprints([finding(3, 'other')])[0], a);
  assert.notEqual(fingerprints([finding(3, undefined, 'other.tf')])[0], a);
  const withoutFile = { withFile: false };
  assert.equal(
    fingerprints([finding(3, undefined, 'other.tf')], withoutFile)[0],
    fingerprints([finding(3)], withoutFile)[0],
  );
});
