import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../../helpers.js';
import { pulumiProject } from '../pulumi-fixtures.js';
import { PULUMI_PY, scanWithProfile } from './fixtures.js';

const RULE = 'lifecycle/production-deletion-protection-missing';

test('Terraform: a production table without deletion protection gets it inserted; an unprotected one is reported', () => {
  const tf = [
    'resource "aws_dynamodb_table" "t" {',
    '  name = "t"',
    '}',
    'resource "aws_db_instance" "db" {',
    '  deletion_protection = false',
    '}',
    'resource "aws_rds_cluster" "ok" {',
    '  deletion_protection = true',
    '}',
    'resource "aws_sns_topic" "no_such_argument" {}',
    'resource "aws_cloudwatch_log_group" "not_expected" {}',
    'resource "aws_lb" "holds_no_data" {}',
    '',
  ].join('\n');
  const findings = findingsOf(scanWithProfile({ 'main.tf': tf }, 'production'), RULE);
  assert.deepEqual(
    findings.map((f) => [f.resource?.name, f.line, f.fix?.edits[0].text]),
    [
      ['t', 1, '\n  deletion_protection_enabled = true'],
      ['db', 5, 'true'],
    ],
  );
  assert.deepEqual(findingsOf(scanWithProfile({ 'main.tf': tf }, 'ephemeral'), RULE), []);
  assert.deepEqual(findingsOf(scanWithProfile({ 'main.tf': tf }), RULE), []);
});

test('Pulumi TypeScript: a production RDS cluster without deletionProtection', () => {
  const code = "const db = new aws.rds.Cluster('db', { engine: 'aurora-postgresql' });\n";
  const [finding] = findingsOf(scanWithProfile(pulumiProject(code), 'production'), RULE);
  assert.match(finding?.message ?? '', /does not set deletionProtection/);
});

test('Pulumi Python: a production table with deletion_protection_enabled=True is accepted', () => {
  const main = [
    'import pulumi_aws as aws',
    'a = aws.dynamodb.Table("a", hash_key="id")',
    'b = aws.dynamodb.Table("b", hash_key="id", deletion_protection_enabled=True)',
    '',
  ].join('\n');
  const findings = findingsOf(scanWithProfile({ 'Pulumi.yaml': PULUMI_PY, '__main__.py': main }, 'production'), RULE);
  assert.deepEqual(
    findings.map((f) => [f.resource?.name, f.line]),
    [['a', 2]],
  );
  assert.match(findings[0].message, /Set deletion_protection_enabled to True/);
});
