import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 's3/public-access-block-missing';

test('reports a bucket without a public access block and appends one', () => {
  const text = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n';
  const result = scanProject({ 'main.tf': text }, { rules: [RULE] });
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding?.line, 1);
  const edit = finding?.fix?.edits[0];
  assert.equal(edit?.start, text.indexOf('}\n') + 1);
  assert.match(
    edit?.text ?? '',
    /resource "aws_s3_bucket_public_access_block" "logs"[\s\S]*bucket = aws_s3_bucket\.logs\.id/,
  );
});

test('accepts buckets with a block, or an account-level block', () => {
  const blocked = scanProject(
    {
      'main.tf': [
        'resource "aws_s3_bucket" "logs" {}',
        'resource "aws_s3_bucket_public_access_block" "logs" {',
        '  bucket                  = aws_s3_bucket.logs.id',
        '  block_public_acls       = true',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(blocked, RULE), []);
  const account = scanProject(
    { 'main.tf': 'resource "aws_s3_bucket" "a" {}\nresource "aws_s3_account_public_access_block" "all" {}\n' },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(account, RULE), []);
});
