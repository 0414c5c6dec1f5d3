import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'lambda/missing-dlq-permission';

function program(statement: string, target = 'aws_sqs_queue.dlq.arn'): Record<string, string> {
  return {
    'main.tf': [
      'variable "dlq_arn" {\n  type = string\n}',
      'variable "action" {\n  type = string\n}',
      'resource "aws_sqs_queue" "dlq" {\n  name = "dlq"\n}',
      'resource "aws_iam_role" "r" {\n  name               = "r"\n  assume_role_policy = "{}"\n}',
      `resource "aws_iam_role_policy" "p" {\n  role   = aws_iam_role.r.id\n  policy = jsonencode({ Version = "2012-10-17", Statement = [${statement}] })\n}`,
      `resource "aws_lambda_function" "f" {\n  function_name = "f"\n  role          = aws_iam_role.r.arn\n  runtime       = "python3.13"\n  handler       = "index.handler"\n  filename      = "f.zip"\n  dead_letter_config {\n    target_arn = ${target}\n  }\n}`,
    ].join('\n'),
  };
}

const found = (files: Record<string, string>): number => findingsOf(scanProject(files, { rules: [RULE] }), RULE).length;

test('a Deny of the action grants nothing; an Allow of sqs:* grants it', () => {
  assert.equal(found(program('{ Effect = "Deny", Action = "sqs:SendMessage", Resource = "*" }')), 1);
  assert.equal(found(program('{ Effect = "Allow", Action = "sqs:*", Resource = "*" }')), 0);
});

test('statements that may allow it are given the benefit of the doubt: NotAction, actions from an input', () => {
  assert.equal(found(program('{ Effect = "Allow", NotAction = "iam:*", Resource = "*" }')), 0);
  assert.equal(found(program('{ Effect = "Allow", Action = var.action, Resource = "*" }')), 0);
});

test('a dead-letter target the program does not define is not judged', () => {
  assert.equal(found(program('{ Effect = "Allow", Action = "logs:*", Resource = "*" }', 'var.dlq_arn')), 0);
  assert.equal(found(program('{ Effect = "Allow", Action = "logs:*", Resource = "*" }')), 1);
});
