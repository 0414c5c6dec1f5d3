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
  assert.match(findings[1].message, /"python3\.8", which is deprecated/);
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
