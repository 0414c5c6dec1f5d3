import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'secrets/hardcoded-secret';

const positive = `new aws.lambda.Function('fn', {
  role: 'r',
  environment: { variables: {
    API_KEY: 'placeholder-api-key',
  } },
});`;
const negative = `const config = new pulumi.Config();
new aws.lambda.Function('fn', { role: 'r', environment: { variables: { API_KEY: config.requireSecret('apiKey'), TABLE_NAME: 'orders' } } });`;

test('secrets/hardcoded-secret reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "API_KEY: 'placeholder"));
});

test('secrets/hardcoded-secret stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});

test('reports the value of a SecureString parameter and of a secret version, but not computed ones', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_ssm_parameter" "token" {',
        '  name  = "/app/token"',
        '  type  = "SecureString"',
        '  value = "REPLACE_WITH_ACTUAL_TOKEN"',
        '}',
        'resource "aws_ssm_parameter" "plain" {',
        '  name  = "/app/region"',
        '  type  = "String"',
        '  value = "us-east-1"',
        '}',
        'resource "random_password" "p" { length = 16 }',
        'resource "aws_secretsmanager_secret_version" "v" {',
        '  secret_id     = "s"',
        '  secret_string = random_password.p.result',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [4],
  );
});

test('a placeholder secret is medium (nothing leaks, the feature fails until set); a real-looking one stays high', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_ssm_parameter" "token" {',
        '  name  = "/app/token"',
        '  type  = "SecureString"',
        '  value = "REPLACE_WITH_ACTUAL_TOKEN"',
        '}',
        'resource "aws_ssm_parameter" "webhook" {',
        '  name  = "/app/webhook"',
        '  type  = "SecureString"',
        '  value = "placeholder-secret-for-stripe"',
        '}',
        'resource "aws_ssm_parameter" "real" {',
        '  name  = "/app/real"',
        '  type  = "SecureString"',
        '  value = "sk_live_51HqZxA2eZvKYlo2C"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => `${f.line} ${f.severity}`),
    ['4 medium', '9 medium', '14 high'],
  );
  assert.match(findingsOf(result, RULE)[0].message, /placeholder secret/);
});
