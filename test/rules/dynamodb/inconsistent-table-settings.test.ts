import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'dynamodb/inconsistent-table-settings';

const table = (name: string, extra: string) =>
  `resource "aws_dynamodb_table" "${name}" {\n  name     = "${name}"\n  hash_key = "id"\n${extra}}\n`;

test('reports the table that lacks point-in-time recovery the others have', () => {
  const pitr = '  point_in_time_recovery {\n    enabled = true\n  }\n';
  const result = scanProject(
    { 'main.tf': table('users', pitr) + table('orders', pitr) + table('notifications', '') },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].resource?.name, 'notifications');
  assert.match(findings[0].message, /point-in-time recovery/);
});

test('accepts tables that agree, and a single table', () => {
  const same = scanProject({ 'main.tf': table('a', '') + table('b', '') }, { rules: [RULE] });
  assert.deepEqual(findingsOf(same, RULE), []);
  const single = scanProject({ 'main.tf': table('a', '  deletion_protection_enabled = true\n') }, { rules: [RULE] });
  assert.deepEqual(findingsOf(single, RULE), []);
});
