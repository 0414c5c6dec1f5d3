import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'terraform/unknown-resource-type';

test('reports an aws_ type missing from the provider schema, with the closest name and a fix', () => {
  const result = scanProject(
    { 'main.tf': 'resource "aws_s3_bucket_encryption_configuration" "a" {\n  bucket = "x"\n}\n' },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.ok(finding);
  assert.equal(finding.severity, 'critical');
  assert.equal(finding.line, 1);
  assert.match(finding.message, /aws_s3_bucket_server_side_encryption_configuration/);
  assert.equal(finding.fix?.edits[0].text, 'aws_s3_bucket_server_side_encryption_configuration');
});

test('reports unknown data source types against the data source schema', () => {
  const result = scanProject({ 'main.tf': 'data "aws_caller_identities" "me" {}\n' }, { rules: [RULE] });
  assert.match(findingsOf(result, RULE)[0]?.message ?? '', /aws_caller_identity/);
});

test('accepts valid types and types of other providers', () => {
  const result = scanProject(
    {
      'main.tf':
        'resource "aws_s3_bucket" "a" {}\nresource "random_id" "r" { byte_length = 4 }\ndata "aws_iam_policy_document" "d" {}\n' +
        'resource "aws_wafv2_web_acl_association" "w" {}\n',
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
