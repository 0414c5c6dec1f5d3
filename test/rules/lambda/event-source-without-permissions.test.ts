import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'lambda/event-source-without-permissions';

function program(mapping: string): Record<string, string> {
  return {
    'main.tf': [
      'variable "enabled" {\n  type = bool\n}',
      'resource "aws_sqs_queue" "q" {\n  name = "q"\n}',
      'resource "aws_iam_role" "r" {\n  name               = "r"\n  assume_role_policy = "{}"\n}',
      'resource "aws_lambda_function" "f" {\n  function_name = "f"\n  role          = aws_iam_role.r.arn\n  runtime       = "python3.13"\n  handler       = "index.handler"\n  filename      = "f.zip"\n}',
      `resource "aws_lambda_event_source_mapping" "m" {\n${mapping}\n}`,
    ].join('\n'),
  };
}

const severities = (files: Record<string, string>): string[] =>
  findingsOf(scanProject(files, { rules: [RULE] }), RULE).map((f) => f.severity);

test('a conditional mapping is high; a function named by a literal is not judged', () => {
  assert.deepEqual(
    severities(
      program(
        '  count            = var.enabled ? 1 : 0\n  event_source_arn = aws_sqs_queue.q.arn\n  function_name    = aws_lambda_function.f.function_name',
      ),
    ),
    ['high'],
  );
  assert.deepEqual(severities(program('  event_source_arn = aws_sqs_queue.q.arn\n  function_name    = "f"')), []);
});
