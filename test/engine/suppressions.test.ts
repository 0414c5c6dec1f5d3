import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDirective } from '../../src/model/suppressions.js';
import { findingsOf, scanProject } from '../helpers.js';
import { lineOf, pulumiProject } from '../rules/pulumi-fixtures.js';

const KMS = 'kms/rotation-disabled';
const RULES = [KMS, 'preflight/invalid-suppression', 'lambda/reserved-concurrency-exceeds-headroom'];
const PULUMI_PY = 'name: test\nruntime: python\n';

test('directive syntax: rule ids, reason, and words that only look alike', () => {
  assert.deepEqual(parseDirective('preflight-ignore kms/rotation-disabled: shared key'), {
    ruleIds: ['kms/rotation-disabled'],
    reason: 'shared key',
  });
  assert.deepEqual(parseDirective('preflight-ignore a/b, c/d: both accepted'), {
    ruleIds: ['a/b', 'c/d'],
    reason: 'both accepted',
  });
  assert.deepEqual(parseDirective('preflight-ignore a/b'), { ruleIds: ['a/b'], reason: '' });
  assert.equal(parseDirective('preflight-ignored a/b: x'), undefined);
  assert.equal(parseDirective('see preflight-ignore a/b: x'), undefined);
});

test('Terraform: # and // directives before a resource suppress its findings; others stay', () => {
  const tf = [
    '# preflight-ignore kms/rotation-disabled: the key is rotated by the security team',
    'resource "aws_kms_key" "a" {}',
    '// preflight-ignore kms/rotation-disabled: imported key, rotation managed outside',
    'resource "aws_kms_key" "b" {}',
    'resource "aws_kms_key" "c" {}',
    '',
  ].join('\n');
  const result = scanProject({ 'main.tf': tf }, { rules: RULES });
  assert.deepEqual(
    result.findings.map((f) => [f.ruleId, f.resource?.name]),
    [[KMS, 'c']],
  );
  assert.equal(result.suppressed, 2);
});

test('Terraform: a directive before an argument suppresses the finding on that argument only', () => {
  const tf = [
    'resource "aws_lambda_function" "a" {',
    '  # preflight-ignore lambda/reserved-concurrency-exceeds-headroom: dedicated account with a raised quota',
    '  reserved_concurrent_executions = 500',
    '}',
    'resource "aws_lambda_function" "b" {',
    '  reserved_concurrent_executions = 500',
    '}',
    '',
  ].join('\n');
  const result = scanProject({ 'main.tf': tf }, { rules: RULES });
  assert.deepEqual(
    result.findings.map((f) => [f.resource?.name, f.line]),
    [['b', 6]],
  );
});

test('a directive without a reason or for an unknown rule suppresses nothing and is itself reported', () => {
  const tf = [
    '# preflight-ignore kms/rotation-disabled',
    'resource "aws_kms_key" "a" {}',
    '# preflight-ignore kms/rotation-disable: typo in the id',
    'resource "aws_kms_key" "b" {}',
    '# preflight-ignore',
    'resource "aws_kms_key" "c" {}',
    '',
  ].join('\n');
  const result = scanProject({ 'main.tf': tf }, { rules: RULES });
  const invalid = findingsOf(result, 'preflight/invalid-suppression');
  assert.deepEqual(
    invalid.map((f) => f.line),
    [1, 3, 5],
  );
  assert.match(invalid[0].message, /gives no reason/);
  assert.match(invalid[1].message, /unknown rule kms\/rotation-disable\b/);
  assert.match(invalid[2].message, /names no rule/);
  assert.equal(findingsOf(result, KMS).length, 3);
  assert.equal(result.suppressed, 0);
});

test('stacked directives all apply to the line below them', () => {
  const tf = [
    'resource "aws_lambda_function" "a" {',
    '  # preflight-ignore kms/rotation-disabled: not this rule',
    '  # preflight-ignore lambda/reserved-concurrency-exceeds-headroom: raised quota',
    '  reserved_concurrent_executions = 500',
    '}',
    '',
  ].join('\n');
  const result = scanProject({ 'main.tf': tf }, { rules: RULES });
  assert.deepEqual(result.findings, []);
  assert.equal(result.suppressed, 1);
});

test('a text that only looks like a directive (inside a string) is not one', () => {
  const tf = [
    'resource "aws_kms_key" "a" {',
    '  description = "# preflight-ignore kms/rotation-disabled: not a comment"',
    '}',
    '',
  ].join('\n');
  const result = scanProject({ 'main.tf': tf }, { rules: RULES });
  assert.equal(findingsOf(result, KMS).length, 1);
});

test('Pulumi TypeScript: // directives before a resource statement', () => {
  const code = [
    '// preflight-ignore kms/rotation-disabled: rotation handled by the platform team',
    "const a = new aws.kms.Key('a', {});",
    "const b = new aws.kms.Key('b', {});",
    '',
  ].join('\n');
  const result = scanProject(pulumiProject(code), { rules: RULES });
  assert.deepEqual(
    result.findings.map((f) => [f.resource?.name, f.line]),
    [['b', lineOf(code, "'b'")]],
  );
});

test('Pulumi Python: # directives before a resource', () => {
  const main = [
    'import pulumi_aws as aws',
    '# preflight-ignore kms/rotation-disabled: rotation handled by the platform team',
    'a = aws.kms.Key("a")',
    'b = aws.kms.Key("b")',
    '',
  ].join('\n');
  const result = scanProject({ 'Pulumi.yaml': PULUMI_PY, '__main__.py': main }, { rules: RULES });
  assert.deepEqual(
    result.findings.map((f) => [f.resource?.name, f.line]),
    [['b', 4]],
  );
});

test('Markdown: a directive inside a code block applies on the Markdown lines', () => {
  const fence = '```';
  const md = [
    '# Answer',
    '',
    '## main.tf',
    `${fence}hcl`,
    '# preflight-ignore kms/rotation-disabled: demo key',
    'resource "aws_kms_key" "a" {}',
    'resource "aws_kms_key" "b" {}',
    fence,
    '',
  ].join('\n');
  const result = scanProject({ 'answer.md': md }, { rules: RULES });
  assert.deepEqual(
    result.findings.map((f) => [f.resource?.name, f.line]),
    [['b', 7]],
  );
  assert.equal(result.suppressed, 1);
});

test('a parse error can be suppressed on the line it is reported', () => {
  const tf = [
    'resource "aws_s3_bucket" "a" {',
    '  # preflight-ignore parse-error: deliberately broken fixture',
    '  bucket = = "x"',
    '}',
    'resource "aws_s3_bucket" "b" {',
    '  bucket = = "y"',
    '}',
    '',
  ].join('\n');
  const result = scanProject({ 'main.tf': tf }, { rules: ['parse-error'] });
  assert.deepEqual(
    findingsOf(result, 'parse-error').map((f) => f.line),
    [6],
  );
  assert.equal(result.suppressed, 1);
});
