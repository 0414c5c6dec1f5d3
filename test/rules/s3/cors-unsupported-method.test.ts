import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 's3/cors-unsupported-method';

function bucket(methods: string): string {
  return [
    'resource "aws_s3_bucket" "b" {',
    '  bucket = "b-example"',
    '  cors_rule {',
    `    allowed_methods = ${methods}`,
    '    allowed_origins = ["*"]',
    '  }',
    '}',
  ].join('\n');
}

const findings = (text: string) => findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE] }), RULE);

test('the legacy inline cors_rule is judged, each unsupported method at its own place', () => {
  const found = findings(bucket('["GET", "OPTIONS", "PATCH"]'));
  assert.deepEqual(
    found.map((f) => f.column),
    [31, 42],
  );
  assert.match(found[0].message, /S3 answers preflight OPTIONS requests by itself/);
  assert.doesNotMatch(found[1].message, /preflight/);
});

test('methods are compared without regard to case, and a method from an input is not judged', () => {
  assert.deepEqual(findings(bucket('["get", "Put"]')), []);
  assert.deepEqual(findings(['variable "m" {', '  type = string', '}', bucket('["GET", var.m]')].join('\n')), []);
});
