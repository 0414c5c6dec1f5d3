import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { scan } from '../../../src/engine/scan.js';
import { findingsOf, scanProject, writeProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'iam/wildcard-resource';

const positive = `new aws.iam.Policy('p', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
      Resource: 'arn:aws:dynamodb:*:*:table/*' }],
  }),
});`;
const negative = `const table = new aws.dynamodb.Table('t', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });
new aws.iam.Policy('p', {
  policy: table.arn.apply((arn) => JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: arn },
      { Effect: 'Allow', Action: ['xray:PutTraceSegments'], Resource: '*' }],
  })),
});`;

test('iam/wildcard-resource reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "Resource: 'arn:aws:dynamodb"));
});

test('iam/wildcard-resource stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});

test('reading logs on arn:aws:logs:*:*:* is reported; writing them (as AWSLambdaBasicExecutionRole does) and cloudwatch:PutMetricData on * are not', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_iam_policy" "p" {',
        '  policy = jsonencode({ Statement = [',
        '    { Effect = "Allow", Action = ["logs:GetLogEvents"], Resource = "arn:aws:logs:*:*:*" },',
        '    { Effect = "Allow", Action = ["cloudwatch:PutMetricData"], Resource = "*" },',
        '    { Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "arn:aws:logs:*:*:*" },',
        '  ] })',
        '}',
      ].join('\n'),
    },
    { rules: ['iam/wildcard-resource'] },
  );
  assert.deepEqual(
    findingsOf(result, 'iam/wildcard-resource').map((f) => f.line),
    [3],
  );
});

test('the objects of one named bucket are scoped; every bucket and every table are not', () => {
  const code = `new aws.iam.Policy('p', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::uploads-dev/*' },
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::*' },
      { Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/*' },
    ],
  }),
});`;
  // One policy document: one finding, its other wildcard statements related.
  const findings = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.related?.map((r) => r.line)]),
    [[lineOf(code, "'arn:aws:s3:::*'"), [lineOf(code, 'table/*')]]],
  );
});

test('log writing on * (AWSLambdaBasicExecutionRole scope) is reported when the request asks for least privilege; ENI and Config actions never', () => {
  const dir = writeProject({
    'main.tf': [
      'resource "aws_iam_policy" "p" {',
      '  policy = jsonencode({ Statement = [',
      '    { Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "*" },',
      '    { Effect = "Allow", Action = ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface"], Resource = "*" },',
      '    { Effect = "Allow", Action = ["config:Put*", "config:Get*"], Resource = "*" },',
      '  ] })',
      '}',
    ].join('\n'),
    'PROMPT.md': 'IAM roles must follow the principle of least privilege.\n',
  });
  const result = scan([dir], {
    config: DEFAULT_CONFIG,
    ruleIds: [RULE],
    cwd: dir,
    requirements: join(dir, 'PROMPT.md'),
  });
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [3],
  );
  assert.deepEqual(findingsOf(scanProject({ 'main.tf': readMain(dir) }, { rules: [RULE] }), RULE), []);
});

function readMain(dir: string): string {
  return readFileSync(join(dir, 'main.tf'), 'utf8');
}
