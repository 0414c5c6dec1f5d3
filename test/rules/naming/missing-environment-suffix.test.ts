import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { isKnownType } from '../../../src/schema/aws-provider.js';
import { cfnResourceShape } from '../../../src/schema/cloudformation.js';
import { nameScopeTypes } from '../../../src/rules/naming/name-scope.js';

const RULE = 'naming/missing-environment-suffix';

test('reports names built from constants and non-environment inputs', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "project_name" {}',
        'variable "environment_suffix" {}',
        'resource "aws_dynamodb_table" "users" {',
        '  name     = "${var.project_name}-users"',
        '  hash_key = "id"',
        '}',
        'resource "aws_s3_bucket" "b" {',
        '  bucket = "my-artifacts"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [4, 8],
  );
  assert.match(findings[0].message, /\$\{var\.environment_suffix\}/);
});

test('accepts names with an environment input (also through locals), random suffixes, and whole inputs', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "env" {}',
        'variable "table_name" {}',
        'locals { prefix = "app-${var.env}" }',
        'resource "random_id" "s" { byte_length = 4 }',
        'resource "aws_dynamodb_table" "a" { name = "${local.prefix}-users" }',
        'resource "aws_dynamodb_table" "b" { name = var.table_name }',
        'resource "aws_s3_bucket" "c" { bucket = "logs-${random_id.s.hex}" }',
        'resource "aws_sqs_queue" "d" { name = "q-${terraform.workspace}" }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});

test('does not report resources named inside a parent of the same service', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "env" {}',
        'resource "aws_iam_role" "r" { name = "role-${var.env}" }',
        'resource "aws_iam_role_policy" "p" {',
        '  name = "inline"',
        '  role = aws_iam_role.r.id',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});

test('security groups in a VPC the program creates are named within it', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "env" {}',
        'resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }',
        'resource "aws_security_group" "own" {',
        '  name   = "web-sg"',
        '  vpc_id = aws_vpc.main.id',
        '}',
        'variable "vpc_id" {}',
        'resource "aws_security_group" "shared" {',
        '  name   = "web-sg"',
        '  vpc_id = var.vpc_id',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.resource?.name),
    ['shared'],
  );
});

test('function_name is the physical name of a function only: elsewhere it names the target', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "environment_suffix" {}',
        'resource "aws_lambda_function_event_invoke_config" "c" {',
        '  function_name          = "orders-worker"',
        '  maximum_retry_attempts = 1',
        '}',
        'resource "aws_lambda_permission" "p" {',
        '  function_name = "orders-worker"',
        '  action        = "lambda:InvokeFunction"',
        '  principal     = "s3.amazonaws.com"',
        '}',
        'resource "aws_lambda_function" "f" {',
        '  function_name = "orders-worker"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [12],
  );
});

test('a child module under modules/ is judged with its caller: a name prefix input may carry the suffix', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "environment_suffix" { type = string }',
        'provider "aws" { region = "us-east-1" }',
        'module "queue" {',
        '  source      = "./modules/queue"',
        '  name_prefix = "orders-${var.environment_suffix}"',
        '}',
      ].join('\n'),
      'modules/queue/main.tf': [
        'variable "name_prefix" { type = string }',
        'resource "aws_sqs_queue" "jobs" {',
        '  name = "${var.name_prefix}-jobs"',
        '}',
      ].join('\n'),
    },
    { rules: ['naming/missing-environment-suffix'] },
  );
  assert.deepEqual(findingsOf(result, 'naming/missing-environment-suffix'), []);
});

test('an input that names no deployment (env_vars, stage_tags) is not proposed as the suffix', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "lambda_env_vars" { type = map(string) }',
        'variable "environment_suffix" { type = string }',
        'provider "aws" { region = "us-east-1" }',
        'resource "aws_sqs_queue" "jobs" {',
        '  name = "jobs"',
        '}',
      ].join('\n'),
    },
    { rules: ['naming/missing-environment-suffix'] },
  );
  const [finding] = findingsOf(result, 'naming/missing-environment-suffix');
  assert.match(finding.message, /Append \$\{var\.environment_suffix\}\./);
});

test('a local holding a structure (an AWS CDK env = cdk.Environment(...)) is not proposed as the suffix', () => {
  const result = scanProject(
    {
      'app.py': [
        'import aws_cdk as cdk',
        'from aws_cdk import Stack, aws_sqs as sqs',
        '',
        'env = cdk.Environment(account="111111111111", region="us-east-1")',
        '',
        '',
        'class JobsStack(Stack):',
        '    def __init__(self, scope, construct_id, **kwargs):',
        '        super().__init__(scope, construct_id, **kwargs)',
        '        sqs.Queue(self, "Jobs", queue_name="jobs")',
        '',
        '',
        'app = cdk.App()',
        'JobsStack(app, "Jobs", env=env)',
        'app.synth()',
      ].join('\n'),
    },
    { rules: ['naming/missing-environment-suffix'] },
  );
  const [finding] = findingsOf(result, 'naming/missing-environment-suffix');
  assert.doesNotMatch(finding.message, /Append/);
});

test('the types whose names need not be unique exist in the provider schema and the CloudFormation specification', () => {
  const { terraform, cloudformation } = nameScopeTypes();
  for (const type of terraform) assert.ok(isKnownType(type), `${type} is not an AWS provider resource type`);
  for (const type of cloudformation) assert.ok(cfnResourceShape(type), `${type} is not a CloudFormation resource type`);
});

test('a for_each over the environments counts as suffixed only when its keys are the environments', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "environments" { type = map(object({ cidr = string })) }',
        'variable "environment" { type = string }',
        'variable "enabled" { type = bool }',
        'resource "aws_sqs_queue" "per_env" {',
        '  for_each = var.enabled ? toset(keys(var.environments)) : toset([])',
        '  name     = "jobs-${each.key}"',
        '}',
        // The condition names an environment, the keys do not: one queue, named "jobs-0".
        'resource "aws_sqs_queue" "prod_only" {',
        '  for_each = var.environment == "prod" ? toset(["0"]) : toset([])',
        '  name     = "jobs-${each.key}"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [10],
  );
});

test('a per-region singleton gets no suffix advice: account/regional-singleton says what fails', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "environment_suffix" { type = string }',
        'variable "role_arn" { type = string }',
        'resource "aws_config_configuration_recorder" "r" {',
        '  name     = "default"',
        '  role_arn = var.role_arn',
        '}',
      ].join('\n'),
    },
    { rules: [RULE, 'account/regional-singleton'] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
  const [finding] = findingsOf(result, 'account/regional-singleton');
  assert.match(finding.message, /once per region and account/);
  assert.doesNotMatch(finding.message, /Append/);
});
