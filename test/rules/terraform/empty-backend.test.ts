import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'terraform/empty-backend';

test('reports an empty backend block with no partial configuration beside it', () => {
  const result = scanProject({ 'main.tf': 'terraform {\n  backend "s3" {}\n}\n' }, { rules: [RULE] });
  const [finding] = findingsOf(result, RULE);
  assert.equal(finding?.line, 2);
  assert.equal(finding?.severity, 'medium');
});

test('accepts a configured backend, or an empty one with a partial configuration file', () => {
  const configured = scanProject(
    { 'main.tf': 'terraform {\n  backend "s3" {\n    bucket = "state"\n  }\n}\n' },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(configured, RULE), []);
  const partial = scanProject(
    { 'main.tf': 'terraform {\n  backend "s3" {}\n}\n', 'backend.conf': 'bucket = "state"\n' },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(partial, RULE), []);
});
