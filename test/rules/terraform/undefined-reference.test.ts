import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'terraform/undefined-reference';

test('reports references to undeclared resources, data sources, variables, locals and modules', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_iam_role" "r" {',
        '  name               = "${var.prefix}-${local.suffix}"',
        '  assume_role_policy = data.aws_iam_policy_document.assume.json',
        '  description        = module.labels.id',
        '}',
        'output "bucket" { value = aws_s3_bucket.logs.arn }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const messages = findingsOf(result, RULE).map((f) => f.message);
  assert.equal(messages.length, 5);
  assert.ok(messages.some((m) => m.includes('var.prefix')));
  assert.ok(messages.some((m) => m.includes('local.suffix')));
  assert.ok(messages.some((m) => m.includes('data.aws_iam_policy_document.assume')));
  assert.ok(messages.some((m) => m.includes('module.labels')));
  assert.ok(messages.some((m) => m.includes('aws_s3_bucket.logs')));
});

test('resolves declarations across the files of a module, and ignores iterators and meta references', () => {
  const result = scanProject(
    {
      'variables.tf': 'variable "names" { default = ["a"] }\nlocals { tags = { A = 1 } }\n',
      'main.tf': [
        'resource "aws_s3_bucket" "b" {',
        '  for_each = toset(var.names)',
        '  bucket   = "${each.key}-${path.module}-${terraform.workspace}"',
        '  tags     = { for k, v in local.tags : k => v }',
        '  dynamic "cors_rule" {',
        '    for_each = var.names',
        '    content { allowed_origins = [cors_rule.value] }',
        '  }',
        '}',
        'output "ids" { value = [for b in aws_s3_bucket.b : b.id] }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});

test('suggests the closest declared name', () => {
  const result = scanProject(
    { 'main.tf': 'variable "environment_suffix" {}\nresource "aws_sqs_queue" "q" { name = var.enviroment_suffix }\n' },
    { rules: [RULE] },
  );
  assert.match(findingsOf(result, RULE)[0]?.message ?? '', /did you mean "environment_suffix"/);
});

test('provider configurations passed to modules or resources are not resource references', () => {
  const result = scanProject(
    {
      'main.tf': [
        'provider "aws" {',
        '  alias  = "east"',
        '  region = "us-east-1"',
        '}',
        'module "dr" {',
        '  source    = "./dr"',
        '  providers = { aws = aws.east }',
        '}',
        'resource "aws_s3_bucket" "b" { provider = aws.east }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});

test('in a Markdown answer, only kinds the answer declares are judged (omitted files are not errors)', () => {
  const fence = '```';
  const result = scanProject(
    {
      'answer.md': [
        '### main.tf',
        `${fence}hcl`,
        'variable "region" {}',
        'resource "aws_s3_bucket" "b" {',
        '  bucket = "${var.project}-${local.suffix}"',
        '  policy = aws_iam_policy.p.arn',
        '}',
        'resource "aws_s3_bucket_policy" "p" { bucket = aws_s3_bucket.logs.id }',
        fence,
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.message.split('"')[1]),
    ['var.project', 'aws_s3_bucket.logs'],
  );
});

test('in a Markdown answer, a called module shown without any variable declarations reads undeclared inputs', () => {
  const fence = '```';
  const answer = (moduleFiles: string[]) =>
    [
      '### main.tf',
      `${fence}hcl`,
      'variable "bucket" {}',
      'module "network" {',
      '  source      = "./modules/network"',
      '  logs_bucket = var.bucket',
      '}',
      fence,
      ...moduleFiles,
    ].join('\n');
  const main = [
    '### modules/network/main.tf',
    `${fence}hcl`,
    'resource "aws_flow_log" "f" {',
    '  log_destination = "arn:aws:s3:::${var.logs_bucket}"',
    '  vpc_id          = var.vpc_id',
    '  tags            = { Bucket = var.logs_bucket }',
    '}',
    fence,
  ];
  const failing = scanProject({ 'answer.md': answer(main) }, { rules: [RULE] });
  assert.deepEqual(
    findingsOf(failing, RULE).map((f) => [f.message.split('"')[1], f.line]),
    [
      ['var.logs_bucket', 12],
      ['var.vpc_id', 13],
    ],
  );
  assert.match(findingsOf(failing, RULE)[1]?.message ?? '', /the call does not pass it/);
  const variables = ['### modules/network/variables.tf', `${fence}hcl`, 'variable "logs_bucket" {}', fence];
  const passing = scanProject({ 'answer.md': answer([...main, ...variables]) }, { rules: [RULE] });
  // With its variables shown, the module is judged as any other (vpc_id is really undeclared).
  assert.deepEqual(
    findingsOf(passing, RULE).map((f) => f.message),
    ['Reference to undeclared input variable "var.vpc_id".'],
  );
  // A module no call of the answer names keeps the lenient reading.
  const uncalled = scanProject({ 'answer.md': main.join('\n') }, { rules: [RULE] });
  assert.deepEqual(findingsOf(uncalled, RULE), []);
});
