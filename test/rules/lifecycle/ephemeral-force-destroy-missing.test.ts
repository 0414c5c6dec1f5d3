import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../../helpers.js';
import { pulumiProject } from '../pulumi-fixtures.js';
import { PULUMI_PY, scanWithProfile } from './fixtures.js';

const RULE = 'lifecycle/ephemeral-force-destroy-missing';

test('Terraform: a bucket without force_destroy and an ECR repository without force_delete', () => {
  const tf = [
    'resource "aws_s3_bucket" "b" {',
    '  bucket = "b"',
    '}',
    'resource "aws_ecr_repository" "r" {',
    '  force_delete = false',
    '}',
    'resource "aws_s3_bucket" "ok" {',
    '  force_destroy = true',
    '}',
    'resource "aws_s3_bucket" "unknown" {',
    '  force_destroy = var.force',
    '}',
    '',
  ].join('\n');
  const findings = findingsOf(scanWithProfile({ 'main.tf': tf }, 'ephemeral'), RULE);
  assert.deepEqual(
    findings.map((f) => [f.resource?.name, f.line, f.fix?.edits[0].text]),
    [
      ['b', 1, '\n  force_destroy = true'],
      ['r', 5, 'true'],
    ],
  );
  assert.deepEqual(findingsOf(scanWithProfile({ 'main.tf': tf }, 'production'), RULE), []);
});

test('Pulumi TypeScript: a bucket without forceDestroy', () => {
  const code =
    "const b = new aws.s3.Bucket('b', { tags: {} });\nconst ok = new aws.s3.Bucket('ok', { forceDestroy: true });\n";
  const findings = findingsOf(scanWithProfile(pulumiProject(code), 'ephemeral'), RULE);
  assert.deepEqual(
    findings.map((f) => f.resource?.name),
    ['b'],
  );
  assert.match(findings[0].message, /does not set forceDestroy/);
});

test('Pulumi Python: an ECR repository without force_delete', () => {
  const main =
    'import pulumi_aws as aws\nrepo = aws.ecr.Repository("repo")\nok = aws.ecr.Repository("ok", force_delete=True)\n';
  const findings = findingsOf(scanWithProfile({ 'Pulumi.yaml': PULUMI_PY, '__main__.py': main }, 'ephemeral'), RULE);
  assert.deepEqual(
    findings.map((f) => [f.resource?.name, f.line]),
    [['repo', 2]],
  );
});
