import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 's3/public-access-block-missing';

/** The configuration sets the rule. */
const ON = { rules: { [RULE]: { severity: 'low' as const, options: {} } } };

test('reports a bucket without a public access block and appends one', () => {
  const text = 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n';
  const result = scanProject({ 'main.tf': text }, { rules: [RULE], config: ON });
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding?.line, 1);
  const edit = finding?.fix?.edits[0];
  assert.equal(edit?.start, text.indexOf('}\n') + 1);
  assert.match(
    edit?.text ?? '',
    /resource "aws_s3_bucket_public_access_block" "logs"[\s\S]*bucket = aws_s3_bucket\.logs\.id/,
  );
});

test('accepts buckets with a block, or an account-level block', () => {
  const blocked = scanProject(
    {
      'main.tf': [
        'resource "aws_s3_bucket" "logs" {}',
        'resource "aws_s3_bucket_public_access_block" "logs" {',
        '  bucket                  = aws_s3_bucket.logs.id',
        '  block_public_acls       = true',
        '}',
      ].join('\n'),
    },
    { rules: [RULE], config: ON },
  );
  assert.deepEqual(findingsOf(blocked, RULE), []);
  const account = scanProject(
    { 'main.tf': 'resource "aws_s3_bucket" "a" {}\nresource "aws_s3_account_public_access_block" "all" {}\n' },
    { rules: [RULE], config: ON },
  );
  assert.deepEqual(findingsOf(account, RULE), []);
});

test('a block that turns its settings off is reported even when nothing asks for one', () => {
  const text = [
    'resource "aws_s3_bucket" "images" {}',
    'resource "aws_s3_bucket_public_access_block" "images" {',
    '  bucket              = aws_s3_bucket.images.id',
    '  block_public_acls   = true',
    '  block_public_policy = false',
    '}',
  ].join('\n');
  const findings = findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [5],
  );
  assert.match(findings[0].message, /turns off block_public_policy/);
});

test('a block turned off for a static website bucket is the design, not a finding', () => {
  const terraform = [
    'resource "aws_s3_bucket" "site" {}',
    'resource "aws_s3_bucket_website_configuration" "site" {',
    '  bucket = aws_s3_bucket.site.id',
    '  index_document {',
    '    suffix = "index.html"',
    '  }',
    '}',
    'resource "aws_s3_bucket_public_access_block" "site" {',
    '  bucket              = aws_s3_bucket.site.id',
    '  block_public_policy = false',
    '}',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'main.tf': terraform }, { rules: [RULE] }), RULE), []);
  const template = [
    'Resources:',
    '  Site:',
    '    Type: AWS::S3::Bucket',
    '    Properties:',
    '      WebsiteConfiguration:',
    '        IndexDocument: index.html',
    '      PublicAccessBlockConfiguration:',
    '        BlockPublicPolicy: false',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'template.yaml': template }, { rules: [RULE] }), RULE), []);
  const notWebsite = template.replace(/ {6}WebsiteConfiguration:\n {8}IndexDocument: index.html\n/, '');
  assert.equal(findingsOf(scanProject({ 'template.yaml': notWebsite }, { rules: [RULE] }), RULE).length, 1);
});

test('a website bucket without a block is not told to block its public policy', () => {
  const text = [
    'resource "aws_s3_bucket" "site" {}',
    'resource "aws_s3_bucket_website_configuration" "site" {',
    '  bucket = aws_s3_bucket.site.id',
    '}',
    'resource "aws_s3_bucket" "logs" {}',
  ].join('\n');
  const findings = findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE], config: ON }), RULE);
  assert.deepEqual(
    findings.map((f) => f.resource?.name),
    ['logs'],
  );
});
