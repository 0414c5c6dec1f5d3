import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';
import { PULUMI_PY, scanWithProfile } from './fixtures.js';

const RULE = 'lifecycle/ephemeral-deletion-protection';

test('Terraform: deletion protection on a DB instance and a DynamoDB table is reported', () => {
  const tf = [
    'resource "aws_db_instance" "db" {',
    '  deletion_protection = true',
    '}',
    'resource "aws_dynamodb_table" "t" {',
    '  deletion_protection_enabled = true',
    '}',
    'resource "aws_rds_cluster" "off" {',
    '  deletion_protection = false',
    '}',
    '',
  ].join('\n');
  const findings = findingsOf(scanWithProfile({ 'main.tf': tf }, 'ephemeral'), RULE);
  assert.deepEqual(
    findings.map((f) => [f.resource?.name, f.line, f.fix?.edits[0].text]),
    [
      ['db', 2, 'false'],
      ['t', 5, 'false'],
    ],
  );
  assert.deepEqual(findingsOf(scanWithProfile({ 'main.tf': tf }), RULE), []);
});

test("a load balancer's enable_deletion_protection is reported in Terraform and Pulumi TypeScript", () => {
  const tf =
    'resource "aws_lb" "api" {\n  load_balancer_type         = "application"\n  enable_deletion_protection = true\n}\n';
  const findings = findingsOf(scanWithProfile({ 'main.tf': tf }, 'ephemeral'), RULE);
  assert.deepEqual(
    findings.map((f) => [f.resource?.name, f.line, f.fix?.edits[0].text]),
    [['api', 3, 'false']],
  );
  const code = "const api = new aws.lb.LoadBalancer('api', { enableDeletionProtection: true });\n";
  const [finding] = findingsOf(scanWithProfile(pulumiProject(code), 'ephemeral'), RULE);
  assert.equal(finding?.line, lineOf(code, 'enableDeletionProtection'));
  assert.match(finding.message, /enableDeletionProtection to true/);
});

test('Pulumi TypeScript: deletionProtection is reported under its camelCase name', () => {
  const code = "const t = new aws.dynamodb.Table('t', { deletionProtectionEnabled: true });\n";
  const [finding] = findingsOf(scanWithProfile(pulumiProject(code), 'ephemeral'), RULE);
  assert.equal(finding?.line, lineOf(code, 'deletionProtectionEnabled'));
  assert.match(finding.message, /deletionProtectionEnabled to true/);
});

test('Pulumi Python: deletion_protection=True is reported', () => {
  const main = 'import pulumi_aws as aws\ndb = aws.rds.Cluster("db", deletion_protection=True)\n';
  const [finding] = findingsOf(scanWithProfile({ 'Pulumi.yaml': PULUMI_PY, '__main__.py': main }, 'ephemeral'), RULE);
  assert.equal(finding?.line, 2);
  assert.equal(finding.fix?.edits[0].text, 'False');
});
