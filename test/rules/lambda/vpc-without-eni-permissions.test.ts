import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'lambda/vpc-without-eni-permissions';

const ROLE = 'resource "aws_iam_role" "r" {\n  name               = "r"\n  assume_role_policy = "{}"\n}\n';

function fn(subnets = '["subnet-0123456789abcdef0"]'): string {
  return `resource "aws_lambda_function" "f" {\n  function_name = "f"\n  role          = aws_iam_role.r.arn\n  runtime       = "python3.13"\n  handler       = "index.handler"\n  filename      = "f.zip"\n  vpc_config {\n    subnet_ids         = ${subnets}\n    security_group_ids = []\n  }\n}\n`;
}

function found(...blocks: string[]): number {
  return findingsOf(scanProject({ 'main.tf': blocks.join('\n') }, { rules: [RULE] }), RULE).length;
}

const customerPolicy = (action: string): string =>
  `resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "${action}", Resource = "*" }] })\n}\nresource "aws_iam_role_policy_attachment" "a" {\n  role       = aws_iam_role.r.name\n  policy_arn = aws_iam_policy.p.arn\n}\n`;

test("a customer-managed policy's statements are read: ec2:* grants it, logs:* does not", () => {
  assert.equal(found(ROLE, fn(), customerPolicy('ec2:*')), 0);
  assert.equal(found(ROLE, fn(), customerPolicy('logs:*')), 1);
});

test('a role granted in ways not read whole is given the benefit of the doubt', () => {
  // An attachment over a map of roles (`role = each.value`) may attach to this one.
  const forEach =
    'resource "aws_iam_role_policy_attachment" "vpc" {\n  for_each   = { r = aws_iam_role.r.name }\n  role       = each.value\n  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"\n}\n';
  assert.equal(found(ROLE, fn(), forEach), 0);
  // A policy ARN from an input, and an AWS managed policy other than the logs-only one.
  const attach = (arn: string): string =>
    `variable "arn" {\n  type = string\n}\nresource "aws_iam_role_policy_attachment" "a" {\n  role       = aws_iam_role.r.name\n  policy_arn = ${arn}\n}\n`;
  assert.equal(found(ROLE, fn(), attach('var.arn')), 0);
  assert.equal(found(ROLE, fn(), attach('"arn:aws:iam::aws:policy/AmazonVPCFullAccess"')), 0);
  // A grant to users only says nothing of the role.
  const users =
    'resource "aws_iam_policy_attachment" "u" {\n  name       = "u"\n  users      = ["deployer"]\n  policy_arn = "arn:aws:iam::aws:policy/AmazonVPCFullAccess"\n}\n';
  assert.equal(found(ROLE, fn(), users), 1);
});

test('a function with an empty subnet list is not in a VPC; a canary in one is judged like a function', () => {
  assert.equal(found(ROLE, fn('[]')), 0);
  const canary =
    'resource "aws_synthetics_canary" "c" {\n  name                 = "c"\n  execution_role_arn   = aws_iam_role.r.arn\n  artifact_s3_location = "s3://b/"\n  handler              = "index.handler"\n  runtime_version      = "syn-nodejs-puppeteer-9.1"\n  schedule {\n    expression = "rate(5 minutes)"\n  }\n  vpc_config {\n    subnet_ids = ["subnet-0123456789abcdef0"]\n  }\n}\n';
  assert.equal(found(ROLE, canary), 1);
});
