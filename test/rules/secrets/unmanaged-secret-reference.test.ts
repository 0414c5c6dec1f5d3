import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'secrets/unmanaged-secret-reference';

test('reports a dynamic reference and a data source to secrets the program never creates', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_codepipeline" "p" {',
        '  configuration = { OAuthToken = "{{resolve:secretsmanager:github-token}}" }',
        '}',
        'data "aws_secretsmanager_secret_version" "db" { secret_id = "prod/db" }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 2);
  assert.ok(findings.some((f) => f.line === 2 && f.message.includes('github-token')));
  assert.ok(findings.some((f) => f.line === 4 && f.message.includes('prod/db')));
});

test('accepts secrets the program creates or that a variable names', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_secretsmanager_secret" "gh" { name = "github-token" }',
        'resource "aws_codepipeline" "p" {',
        '  configuration = { OAuthToken = "{{resolve:secretsmanager:github-token}}" }',
        '}',
        'variable "secret_name" {}',
        'data "aws_secretsmanager_secret" "db" { name = var.secret_name }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
