import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 's3/replication-without-versioning';

const VERSIONED = (name: string) =>
  `resource "aws_s3_bucket" "${name}" {}\nresource "aws_s3_bucket_versioning" "${name}" {\n  bucket = aws_s3_bucket.${name}.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}`;

function replication(destination: string, dependsOn = ''): string {
  return [
    'resource "aws_s3_bucket_replication_configuration" "r" {',
    dependsOn,
    '  role   = "arn:aws:iam::123456789012:role/r"',
    '  bucket = aws_s3_bucket.source.id',
    `  rule {\n    status = "Enabled"\n    destination {\n      bucket = ${destination}\n    }\n  }`,
    '}',
  ].join('\n');
}

test('waiting for both versionings (depends_on) leaves nothing to report; waiting for one reports the other', () => {
  const both = [
    VERSIONED('source'),
    VERSIONED('replica'),
    replication(
      'aws_s3_bucket.replica.arn',
      '  depends_on = [aws_s3_bucket_versioning.source, aws_s3_bucket_versioning.replica]',
    ),
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'main.tf': both }, { rules: [RULE] }), RULE), []);
  const one = both.replace(', aws_s3_bucket_versioning.replica]', ']');
  const findings = findingsOf(scanProject({ 'main.tf': one }, { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'medium');
  assert.match(findings[0].message, /aws_s3_bucket_versioning "replica"/);
});

test('a destination the program only reads (a data source) is not judged', () => {
  const program = [
    VERSIONED('source'),
    'data "aws_s3_bucket" "replica" {\n  bucket = "existing-replica"\n}',
    replication('data.aws_s3_bucket.replica.arn', '  depends_on = [aws_s3_bucket_versioning.source]'),
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'main.tf': program }, { rules: [RULE] }), RULE), []);
});
