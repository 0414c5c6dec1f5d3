import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'schema/invalid-value';

test('reports a value outside a documented list and a deprecated Lambda runtime', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_cloudwatch_log_group" "g" {',
        '  retention_in_days = 2555',
        '}',
        'resource "aws_lambda_function" "f" {',
        '  runtime = "python3.8"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [2, 5],
  );
  assert.match(findings[0].message, /2555, which is not an allowed value \(1, 3, 5, 7, 14/);
  assert.match(findings[1].message, /"python3\.8", which AWS has deprecated/);
});

test('reports in Pulumi spelling, and accepts valid, current and unknown values', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: x\nruntime: nodejs\n',
      'index.ts': [
        "import * as aws from '@pulumi/aws';",
        "import * as pulumi from '@pulumi/pulumi';",
        'const days = new pulumi.Config().requireNumber("days");',
        "new aws.cloudwatch.LogGroup('a', { retentionInDays: 2557 });",
        "new aws.cloudwatch.LogGroup('b', { retentionInDays: days });",
        "new aws.lambda.Function('f', { runtime: 'nodejs20.x', role: 'r' });",
        "new aws.sns.TopicSubscription('s', { protocol: 'email', topic: 't', endpoint: 'a@b.c' });",
        "new aws.cloudwatch.LogGroup('c', { retentionInDays: 2555 });",
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [8],
  );
  assert.match(findings[0].message, /retentionInDays/);
});

test('documented numeric ranges and value lists: Lambda timeout, SQS visibility, flow-log aggregation interval', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_lambda_function" "f" {',
        '  timeout     = 901',
        '  memory_size = 1024',
        '}',
        'resource "aws_sqs_queue" "q" {',
        '  visibility_timeout_seconds = 43201',
        '  delay_seconds              = 900',
        '}',
        'resource "aws_flow_log" "a" { max_aggregation_interval = 300 }',
        'resource "aws_flow_log" "b" { max_aggregation_interval = 60 }',
        'resource "aws_iam_role" "r" { max_session_duration = 7200 }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => `${f.line}: ${f.message}`),
    [
      '2: aws_lambda_function "f" sets timeout to 901, outside the allowed range 1 to 900.',
      '6: aws_sqs_queue "q" sets visibility_timeout_seconds to 43201, outside the allowed range 0 to 43200.',
      '9: aws_flow_log "a" sets max_aggregation_interval to 300, which is not an allowed value (60, 600).',
    ],
  );
});

test('runtimes aws-cdk-lib marks deprecated: python3.9 functions and old Synthetics canaries', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_lambda_function" "old" { runtime = "python3.9" }',
        'resource "aws_lambda_function" "new" { runtime = "python3.12" }',
        'resource "aws_synthetics_canary" "c" { runtime_version = "syn-python-selenium-2.0" }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [1, 3],
  );
});
