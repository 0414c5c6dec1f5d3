import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'cloudwatch/log-retention-missing';

test('reports a log group without retention and inserts one', () => {
  const result = scanProject(
    { 'main.tf': 'resource "aws_cloudwatch_log_group" "g" {\n  name = "/app"\n}\n' },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding?.line, 1);
  assert.equal(finding?.fix?.edits[0].text, '\n  retention_in_days = 14');
});

test('accepts a log group with retention', () => {
  const result = scanProject(
    { 'main.tf': 'resource "aws_cloudwatch_log_group" "g" {\n  retention_in_days = 30\n}\n' },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
