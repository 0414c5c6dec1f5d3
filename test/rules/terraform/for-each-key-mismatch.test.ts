import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'terraform/for-each-key-mismatch';

test('reports a constant key that the for_each resource does not have', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_sqs_queue" "q" {',
        '  for_each = toset(["orders", "users"])',
        '  name     = each.key',
        '}',
        'output "payments" { value = aws_sqs_queue.q["payments"].arn }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.match(finding?.message ?? '', /no instance "payments"/);
  assert.equal(finding?.line, 5);
});

test('reports two for_each resources zipped by each.key with different key sets', () => {
  const result = scanProject(
    {
      'main.tf': [
        'locals { services = { user = 1, order = 2 } }',
        'resource "aws_iam_role" "r" {',
        '  for_each           = local.services',
        '  assume_role_policy = "{}"',
        '}',
        'resource "aws_lambda_function" "f" {',
        '  for_each      = toset(["user", "order", "notification"])',
        '  function_name = each.key',
        '  role          = aws_iam_role.r[each.key].arn',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.match(finding?.message ?? '', /"notification"/);
});

test('accepts matching key sets and keys that cannot be known', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "names" { type = set(string) }',
        'resource "aws_iam_role" "r" {',
        '  for_each           = toset(["user", "order"])',
        '  assume_role_policy = "{}"',
        '}',
        'resource "aws_lambda_function" "f" {',
        '  for_each      = toset(["order", "user"])',
        '  function_name = each.key',
        '  role          = aws_iam_role.r[each.key].arn',
        '}',
        'resource "aws_sqs_queue" "q" {',
        '  for_each = var.names',
        '}',
        'output "x" { value = aws_sqs_queue.q["anything"].arn }',
        'output "y" { value = aws_iam_role.r["user"].arn }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
