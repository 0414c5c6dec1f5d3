import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'kms/rotation-disabled';

test('reports a symmetric key without rotation and inserts enable_key_rotation', () => {
  const result = scanProject(
    { 'main.tf': 'resource "aws_kms_key" "k" {\n  description = "data"\n}\n' },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding?.line, 1);
  assert.deepEqual(finding?.fix?.edits[0], {
    file: finding!.fix!.edits[0].file,
    start: 28,
    end: 28,
    text: '\n  enable_key_rotation = true',
  });
});

test('reports rotation explicitly disabled and replaces the value', () => {
  const result = scanProject(
    { 'main.tf': 'resource "aws_kms_key" "k" {\n  enable_key_rotation = false\n}\n' },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding?.line, 2);
  assert.equal(finding?.fix?.edits[0].text, 'true');
});

test('accepts rotating keys and asymmetric keys', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_kms_key" "a" { enable_key_rotation = true }',
        'resource "aws_kms_key" "b" {',
        '  customer_master_key_spec = "RSA_2048"',
        '  key_usage                = "SIGN_VERIFY"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
