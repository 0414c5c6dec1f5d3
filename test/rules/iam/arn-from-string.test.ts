import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'iam/arn-from-string';

test('ARNs built from a resource name, in Output.concat and in policy f-strings', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': [
        'import json, pulumi, pulumi_aws as aws',
        'bucket = aws.s3.Bucket("b")',
        'fn = aws.lambda_.Function("fn", role="r", runtime="python3.12", handler="i.h", code=pulumi.FileArchive("./x"))',
        'aws.lambda_.Permission("p", action="lambda:InvokeFunction", function=fn.name, principal="s3.amazonaws.com",',
        '    source_arn=pulumi.Output.concat("arn:aws:s3:::", bucket.id))',
        'aws.iam.Policy("pol", policy=bucket.id.apply(lambda name: json.dumps({"Statement": [',
        '    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{name}/*"}]})))',
        'aws.iam.Policy("ok", policy=bucket.arn.apply(lambda arn: json.dumps({"Statement": [',
        '    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"{arn}/*"}]})))',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [5, 7],
  );
  assert.match(findings[0].message, /bucket\.arn/);
});

test('an execute-api ARN built from an API id is its execution_arn, not its arn', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': [
        'import pulumi, pulumi_aws as aws',
        'api = aws.apigateway.RestApi("api")',
        'aws.lambda_.Permission("p", action="lambda:InvokeFunction", function="f", principal="apigateway.amazonaws.com",',
        '    source_arn=pulumi.Output.concat("arn:aws:execute-api:us-east-1:123:", api.id, "/*/*"))',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /api\.execution_arn\), followed by the stage and method path/);
  // The API's own `arn` is not what an execute-api ARN names: no suggestion rewrites to it.
  assert.doesNotMatch(findings[0].message, /api\.arn\b/);
  assert.equal(findings[0].suggestion, undefined);
});

test('Terraform: the suggestion names the resource by its address', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_s3_bucket" "uploads" {',
        '  bucket = "acme-uploads"',
        '}',
        'resource "aws_lambda_permission" "uploads" {',
        '  function_name = "f"',
        '  principal     = "s3.amazonaws.com"',
        '  source_arn    = "arn:aws:s3:::${aws_s3_bucket.uploads.bucket}"',
        '}',
        'resource "aws_lambda_permission" "by_name" {',
        '  function_name = "f"',
        '  principal     = "s3.amazonaws.com"',
        '  source_arn    = "arn:aws:s3:::${"acme-uploads"}"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.suggestion?.after]),
    [
      [7, 'aws_s3_bucket.uploads.arn'],
      [12, 'aws_s3_bucket.uploads.arn'],
    ],
  );
  assert.match(findings[0].message, /\(aws_s3_bucket\.uploads\.arn\)/);
});

test('a name the resource refers to (not its own name) does not make the ARN its own', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: nodejs\n',
      'index.ts': [
        "import * as aws from '@pulumi/aws';",
        "import * as pulumi from '@pulumi/pulumi';",
        "const app = new aws.codedeploy.Application('app', { name: 'payments', computePlatform: 'Lambda' });",
        "const group = new aws.codedeploy.DeploymentGroup('group', { appName: app.name, deploymentGroupName: 'live',",
        "  serviceRoleArn: 'arn:aws:iam::123456789012:role/cd', deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce' });",
        "new aws.iam.Policy('p', { policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [",
        "  { Effect: 'Allow', Action: 'codedeploy:GetDeploymentConfig',",
        '    Resource: pulumi.interpolate`arn:aws:codedeploy:us-east-1:123456789012:deploymentconfig:${group.deploymentConfigName}` },',
        "  { Effect: 'Allow', Action: 'codedeploy:CreateDeployment',",
        '    Resource: pulumi.interpolate`arn:aws:codedeploy:us-east-1:123456789012:deploymentgroup:${app.name}/${group.deploymentGroupName}` },',
        '] }) });',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  // Only the deployment group ARN, assembled from the group's own name, is reported.
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [10],
  );
});
