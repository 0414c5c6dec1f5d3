import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'terraform/lambda-source-hash-missing';

test('reports a local archive without source_code_hash and offers the archive hash', () => {
  const result = scanProject(
    {
      'main.tf': [
        'data "archive_file" "code" {',
        '  type        = "zip"',
        '  source_dir  = "${path.module}/src"',
        '  output_path = "${path.module}/code.zip"',
        '}',
        'resource "aws_lambda_function" "f" {',
        '  function_name = "f"',
        '  role          = "arn:aws:iam::123456789012:role/r"',
        '  filename      = data.archive_file.code.output_path',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding?.line, 9);
  assert.match(finding?.fix?.edits[0].text ?? '', /source_code_hash = data\.archive_file\.code\.output_base64sha256/);
});

test('one archive per for_each key: the hash keeps the index', () => {
  const result = scanProject(
    {
      'main.tf': [
        'locals {',
        '  services = { users = "u", orders = "o" }',
        '}',
        'data "archive_file" "code" {',
        '  for_each    = local.services',
        '  type        = "zip"',
        '  source_dir  = "${path.module}/src/${each.key}"',
        '  output_path = "${path.module}/build/${each.key}.zip"',
        '}',
        'resource "aws_lambda_function" "f" {',
        '  for_each      = local.services',
        '  function_name = "f-${each.key}"',
        '  role          = "arn:aws:iam::123456789012:role/r"',
        '  filename      = data.archive_file.code[each.key].output_path',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.match(
    finding?.message ?? '',
    /source_code_hash = data\.archive_file\.code\[each\.key\]\.output_base64sha256\./,
  );
  assert.equal(
    finding?.fix?.edits[0].text.trim(),
    'source_code_hash = data.archive_file.code[each.key].output_base64sha256',
  );
});

test('accepts functions with a hash or deployed from S3', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_lambda_function" "a" {',
        '  filename         = "a.zip"',
        '  source_code_hash = filebase64sha256("a.zip")',
        '}',
        'resource "aws_lambda_function" "b" {',
        '  s3_bucket = "code"',
        '  s3_key    = "b.zip"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
