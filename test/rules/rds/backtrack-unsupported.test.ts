import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'rds/backtrack-unsupported';

function cluster(globalCluster: string): Record<string, string> {
  return {
    'main.tf': [
      'variable "primary" {\n  type = bool\n}',
      'resource "aws_rds_global_cluster" "g" {\n  global_cluster_identifier = "g"\n}',
      'resource "aws_rds_cluster" "c" {',
      '  engine                    = "aurora-mysql"',
      `  global_cluster_identifier = ${globalCluster}`,
      '  backtrack_window          = 72',
      '}',
    ].join('\n'),
  };
}

test('membership of a global database decided by a condition is high; certain membership critical', () => {
  const conditional = findingsOf(
    scanProject(cluster('var.primary ? aws_rds_global_cluster.g.id : null'), { rules: [RULE] }),
    RULE,
  );
  assert.deepEqual(
    conditional.map((f) => f.severity),
    ['high'],
  );
  assert.match(conditional[0].message, /may join a global database/);
  const certain = findingsOf(scanProject(cluster('aws_rds_global_cluster.g.id'), { rules: [RULE] }), RULE);
  assert.deepEqual(
    certain.map((f) => f.severity),
    ['critical'],
  );
});

test('a null global cluster identifier, or a window of 0, is no backtracking in a global database', () => {
  assert.deepEqual(findingsOf(scanProject(cluster('null'), { rules: [RULE] }), RULE), []);
  const zero = cluster('aws_rds_global_cluster.g.id');
  zero['main.tf'] = zero['main.tf'].replace('= 72', '= 0');
  assert.deepEqual(findingsOf(scanProject(zero, { rules: [RULE] }), RULE), []);
});
