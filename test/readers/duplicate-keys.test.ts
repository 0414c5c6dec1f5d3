/**
 * Each reader reports a key given twice as a parse error, as the language
 * does (Terraform "Attribute redefined", CPython "keyword argument repeated",
 * TypeScript 1117), so the post-fix check refuses a fix that made one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../helpers.js';

function parseErrors(files: Record<string, string>): string[] {
  return findingsOf(scanProject(files, { rules: ['parse-error'] }), 'parse-error').map(
    (f) => `${f.line}: ${f.message}`,
  );
}

test('Terraform: an attribute set twice in one block is an error; repeated blocks are not', () => {
  const errors = parseErrors({
    'main.tf': [
      'resource "aws_elasticache_replication_group" "r" {',
      '  replication_group_id = "r"',
      '  replication_group_id = "cache"',
      '  log_delivery_configuration {',
      '    destination = "a"',
      '  }',
      '  log_delivery_configuration {',
      '    destination = "b"',
      '  }',
      '}',
    ].join('\n'),
  });
  assert.equal(errors.length, 1);
  assert.match(errors[0], /^3: .*redefined.*replication_group_id/);
});

test('Python: a keyword argument repeated in one call is an error', () => {
  const errors = parseErrors({
    'Pulumi.yaml': 'name: x\nruntime: python\n',
    '__main__.py': [
      'import pulumi_aws as aws',
      'aws.elasticache.ReplicationGroup("r", replication_group_id="r",',
      '    replication_group_id="cache")',
      'aws.s3.Bucket("b", tags={"a": 1}, bucket="b")',
    ].join('\n'),
  });
  assert.equal(errors.length, 1);
  assert.match(errors[0], /^3: .*keyword argument replication_group_id repeated/);
});

test('TypeScript: a property named twice in one object literal is an error; spreads and computed keys are not', () => {
  const errors = parseErrors({
    'Pulumi.yaml': 'name: x\nruntime: nodejs\n',
    'index.ts': [
      "import * as aws from '@pulumi/aws';",
      'const base = { a: 1 };',
      "new aws.elasticache.ReplicationGroup('r', { ...base, a: 2, ['k']: 1, k: 2,",
      "  replicationGroupId: 'r', replicationGroupId: 'cache' });",
    ].join('\n'),
  });
  assert.equal(errors.length, 1);
  assert.match(errors[0], /^4: .*same name: replicationGroupId/);
});
