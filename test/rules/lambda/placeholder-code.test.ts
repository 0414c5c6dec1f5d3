import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'lambda/placeholder-code';

test('reports a placeholder archive and the functions deployed from it', () => {
  const result = scanProject(
    {
      'main.tf': [
        'data "archive_file" "lambda_placeholder" {',
        '  type        = "zip"',
        '  output_path = "placeholder.zip"',
        '  source {',
        '    content  = "def handler(e, c): return {}"',
        '    filename = "index.py"',
        '  }',
        '}',
        'resource "aws_lambda_function" "f" {',
        '  filename = data.archive_file.lambda_placeholder.output_path',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding?.line, 1);
  assert.match(finding?.message ?? '', /deployed as "f"/);
});

test('reports inline placeholder content and placeholder file names', () => {
  const result = scanProject(
    {
      'main.tf': [
        'data "archive_file" "code" {',
        '  type                    = "zip"',
        '  output_path             = "code.zip"',
        '  source_content          = "# TODO: implement the handler"',
        '  source_content_filename = "index.py"',
        '}',
        'resource "aws_lambda_function" "g" { filename = "dummy.zip" }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.equal(findingsOf(result, RULE).length, 2);
});

test('accepts archives of real source directories', () => {
  const result = scanProject(
    {
      'main.tf': [
        'data "archive_file" "code" {',
        '  type        = "zip"',
        '  source_dir  = "${path.module}/src/orders"',
        '  output_path = "${path.module}/build/orders.zip"',
        '}',
        'resource "aws_lambda_function" "f" { filename = data.archive_file.code.output_path }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
