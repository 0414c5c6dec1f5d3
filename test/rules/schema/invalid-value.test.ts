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
  assert.equal(
    findings[1].message,
    'aws_lambda_function "f" sets runtime to "python3.8", which Lambda refuses for new functions since 2026-06-01 and for updates since 2026-07-01. Use "python3.14".',
  );
  assert.equal(findings[1].severity, 'critical');
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
        "new aws.lambda.Function('f', { runtime: 'nodejs24.x', role: 'r' });",
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

test('Synthetics runtimes aws-cdk-lib marks deprecated stay critical, with no dates', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_synthetics_canary" "old" { runtime_version = "syn-python-selenium-2.0" }',
        'resource "aws_synthetics_canary" "new" { runtime_version = "syn-python-selenium-7.0" }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => `${f.line} ${f.severity}`),
    ['1 critical'],
  );
});

/** Severity and message of a Terraform function with `runtime`, scanned on `date`. */
function runtimeOn(runtime: string, date: string): string[] {
  const result = scanProject(
    { 'main.tf': `resource "aws_lambda_function" "f" {\n  runtime = "${runtime}"\n}\n` },
    { rules: [RULE], date },
  );
  return findingsOf(result, RULE).map((f) => `${f.severity}: ${f.message}`);
}

test('a Lambda runtime is judged by its lifecycle on the scan date (cfn-lint schedule)', () => {
  // python3.10: deprecated 2026-06-30, create-block 2026-07-31, update-block 2026-08-31, successor python3.14.
  assert.deepEqual(runtimeOn('python3.10', '2026-06-29'), []);
  assert.deepEqual(runtimeOn('python3.10', '2026-06-30'), [
    'medium: aws_lambda_function "f" sets runtime to "python3.10", which AWS deprecated on 2026-06-30 (no more security patches): Lambda refuses it for new functions from 2026-07-31. Use "python3.14".',
  ]);
  assert.deepEqual(runtimeOn('python3.10', '2026-07-31'), [
    'critical: aws_lambda_function "f" sets runtime to "python3.10", which Lambda refuses for new functions since 2026-07-31 (updates from 2026-08-31). Use "python3.14".',
  ]);
  assert.deepEqual(runtimeOn('python3.10', '2026-12-06'), [
    'critical: aws_lambda_function "f" sets runtime to "python3.10", which Lambda refuses for new functions since 2026-07-31 and for updates since 2026-08-31. Use "python3.14".',
  ]);
  // The last of a line has no successor.
  assert.deepEqual(runtimeOn('python3.14', '2029-07-31'), [
    'critical: aws_lambda_function "f" sets runtime to "python3.14", which Lambda refuses for new functions since 2029-07-31 (updates from 2029-08-31). Move to a supported runtime.',
  ]);
  // Runtimes the schedule does not know, or that are current, are left alone.
  assert.deepEqual(runtimeOn('python3.12', '2026-12-06'), []);
});

test('the same runtime on the same date: one severity and one fix in Terraform, Pulumi, CDKTF and CloudFormation (CDKTF: no written fix yet)', () => {
  const date = '2026-12-06';
  const result = scanProject(
    {
      'tf/main.tf': 'resource "aws_lambda_function" "f" {\n  runtime = "dotnet8"\n}\n',
      'ts/Pulumi.yaml': 'name: x\nruntime: nodejs\n',
      'ts/index.ts': [
        "import * as aws from '@pulumi/aws';",
        "new aws.lambda.Function('f', { runtime: aws.lambda.Runtime.Dotnet8, role: 'r' });",
      ].join('\n'),
      'py/Pulumi.yaml': 'name: x\nruntime: python\n',
      'py/__main__.py': ['import pulumi_aws as aws', 'aws.lambda_.Function("f", runtime="dotnet8", role="r")'].join(
        '\n',
      ),
      'cdktf/cdktf.json': '{ "language": "typescript", "app": "npx ts-node main.ts" }',
      'cdktf/main.ts': [
        "import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';",
        "import { TerraformStack } from 'cdktf';",
        "import { Construct } from 'constructs';",
        'export class S extends TerraformStack {',
        '  constructor(scope: Construct, id: string) {',
        '    super(scope, id);',
        "    new LambdaFunction(this, 'f', { functionName: 'f', role: 'r', runtime: 'dotnet8' });",
        '  }',
        '}',
      ].join('\n'),
      'cfn/template.yaml': [
        "AWSTemplateFormatVersion: '2010-09-09'",
        'Resources:',
        '  F:',
        '    Type: AWS::Lambda::Function',
        '    Properties:',
        '      Runtime: dotnet8',
        '      Role: arn:aws:iam::123456789012:role/r',
        '      Handler: h',
        '      Code:',
        '        ZipFile: x',
      ].join('\n'),
    },
    { rules: [RULE], date },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => `${f.file} ${f.severity} ${f.suggestion?.after.trim()}`),
    [
      'cdktf/main.ts medium undefined',
      'cfn/template.yaml medium Runtime: dotnet9',
      'py/__main__.py medium runtime="dotnet9",',
      'tf/main.tf medium runtime = "dotnet9"',
      "ts/index.ts medium runtime: 'dotnet9',",
    ],
  );
  for (const finding of findings)
    assert.match(finding.message, /deprecated on 2026-11-10 .* from 2026-12-10\. Use "dotnet9"\./);
});

test('AWS CDK: a Runtime member is judged as the runtime it stands for, and not again as a deprecated API', () => {
  const files = {
    'app/cdk.json': '{ "app": "npx ts-node bin/app.ts" }',
    'app/stack.ts': [
      "import * as cdk from 'aws-cdk-lib';",
      "import * as lambda from 'aws-cdk-lib/aws-lambda';",
      "import { Construct } from 'constructs';",
      'export class S extends cdk.Stack {',
      '  constructor(scope: Construct, id: string) {',
      '    super(scope, id);',
      "    const code = lambda.Code.fromInline('x');",
      "    new lambda.Function(this, 'Old', { runtime: lambda.Runtime.PYTHON_3_9, handler: 'i.h', code });",
      "    new lambda.Function(this, 'Dep', { runtime: lambda.Runtime.DOTNET_8, handler: 'i.h', code });",
      "    new lambda.Function(this, 'New', { runtime: lambda.Runtime.PYTHON_3_12, handler: 'i.h', code });",
      "    new lambda.CfnFunction(this, 'L1', { runtime: 'nodejs20.x', role: 'r', code: { zipFile: 'x' } });",
      // Not a function's runtime: a layer's compatible runtimes are left to cdk/deprecated-api.
      "    new lambda.LayerVersion(this, 'Layer', { code, compatibleRuntimes: [lambda.Runtime.PYTHON_3_9] });",
      '  }',
      '}',
    ].join('\n'),
  };
  const result = scanProject(files, { rules: [RULE, 'cdk/deprecated-api'], date: '2026-12-06' });
  assert.deepEqual(
    result.findings.map((f) => `${f.ruleId} ${f.line} ${f.severity}: ${f.message}`),
    [
      'schema/invalid-value 8 critical: Runtime.PYTHON_3_9 is "python3.9", which Lambda refuses for new functions since 2026-06-01 and for updates since 2026-07-01. Use Runtime.PYTHON_3_14.',
      'schema/invalid-value 9 medium: Runtime.DOTNET_8 is "dotnet8", which AWS deprecated on 2026-11-10 (no more security patches): Lambda refuses it for new functions from 2026-12-10. Use Runtime.DOTNET_9.',
      'schema/invalid-value 11 critical: lambda.CfnFunction "L1" sets runtime to "nodejs20.x", which Lambda refuses for new functions since 2026-06-01 and for updates since 2026-07-01. Use "nodejs24.x".',
      'cdk/deprecated-api 12 low: Runtime.PYTHON_3_9 is deprecated: Legacy runtime no longer supported by AWS Lambda. (aws-cdk-lib@2.278.0)',
    ],
  );
  // Before python3.9 was deprecated, the function's runtime is not reported, by either rule.
  assert.deepEqual(
    scanProject(files, { rules: [RULE, 'cdk/deprecated-api'], date: '2025-12-14' }).findings.map((f) => f.line),
    [12],
  );
});
