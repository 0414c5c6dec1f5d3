import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'cloudwatch/log-group-kms-key-policy';

const key = (statements: string) => `resource "aws_kms_key" "k" {
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [${statements}]
  })
}
resource "aws_cloudwatch_log_group" "g" {
  name       = "/aws/lambda/f"
  kms_key_id = aws_kms_key.k.arn
}
`;
const root =
  '{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::${var.account}:root" }, Action = "kms:*", Resource = "*" }';
const logs =
  '{ Effect = "Allow", Principal = { Service = "logs.us-east-1.amazonaws.com" }, Action = "kms:*", Resource = "*" }';

test('reports a log group whose key policy does not allow CloudWatch Logs', () => {
  const result = scanProject({ 'main.tf': key(root) }, { rules: [RULE] });
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding?.line, 9);
  assert.equal(finding?.severity, 'critical');
});

test('reports a key with no policy (the default policy trusts only the account)', () => {
  const result = scanProject(
    {
      'main.tf':
        'resource "aws_kms_key" "k" {}\nresource "aws_cloudwatch_log_group" "g" { kms_key_id = aws_kms_key.k.arn }\n',
    },
    { rules: [RULE] },
  );
  assert.equal(findingsOf(result, RULE).length, 1);
});

test('accepts a key policy that allows the logs service, and keys outside the program', () => {
  assert.deepEqual(findingsOf(scanProject({ 'main.tf': key(`${root}, ${logs}`) }, { rules: [RULE] }), RULE), []);
  const external = scanProject(
    { 'main.tf': 'resource "aws_cloudwatch_log_group" "g" { kms_key_id = var.key_arn }\nvariable "key_arn" {}\n' },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(external, RULE), []);
});

test('a separate aws_kms_key_policy sets the key policy: judged instead of the key it replaces', () => {
  const separate = (statements: string) => `resource "aws_kms_key" "k" {}
resource "aws_kms_key_policy" "k" {
  key_id = aws_kms_key.k.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [${statements}]
  })
}
resource "aws_cloudwatch_log_group" "g" {
  name       = "/aws/lambda/f"
  kms_key_id = aws_kms_key.k.arn
}
`;
  assert.deepEqual(findingsOf(scanProject({ 'main.tf': separate(`${root}, ${logs}`) }, { rules: [RULE] }), RULE), []);
  assert.equal(findingsOf(scanProject({ 'main.tf': separate(root) }, { rules: [RULE] }), RULE).length, 1);
  const pulumi = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: nodejs\n',
      'index.ts': [
        "import * as aws from '@pulumi/aws';",
        "const key = new aws.kms.Key('k', {});",
        "new aws.kms.KeyPolicy('k', { keyId: key.id, policy: JSON.stringify({ Version: '2012-10-17', Statement: [",
        "  { Effect: 'Allow', Principal: { Service: 'logs.us-east-1.amazonaws.com' }, Action: 'kms:*', Resource: '*' },",
        '] }) });',
        "new aws.cloudwatch.LogGroup('g', { kmsKeyId: key.arn });",
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(pulumi, RULE), []);
});

test('a key policy open to every principal ("AWS": "*") lets CloudWatch Logs in too', () => {
  const everyone = '{ Effect = "Allow", Principal = { AWS = "*" }, Action = "kms:*", Resource = "*" }';
  assert.deepEqual(findingsOf(scanProject({ 'main.tf': key(everyone) }, { rules: [RULE] }), RULE), []);
});

test('a key policy naming only the global logs.amazonaws.com is medium: accepted in practice, but undocumented', () => {
  const global =
    '{ Effect = "Allow", Principal = { Service = "logs.amazonaws.com" }, Action = "kms:*", Resource = "*" }';
  const [finding, ...others] = findingsOf(
    scanProject({ 'main.tf': key(`${root}, ${global}`) }, { rules: [RULE] }),
    RULE,
  );
  assert.equal(others.length, 0);
  assert.equal(finding?.severity, 'medium');
  assert.match(finding?.message ?? '', /documents the regional principal/);
});
