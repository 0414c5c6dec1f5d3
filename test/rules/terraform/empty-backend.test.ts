import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { scan } from '../../../src/engine/scan.js';
import { findingsOf, scanProject, writeProject } from '../../helpers.js';

const RULE = 'terraform/empty-backend';

function scanWithRequest(files: Record<string, string>, request: string) {
  const dir = writeProject({ ...files, 'PROMPT.md': request });
  return findingsOf(
    scan([dir], { config: DEFAULT_CONFIG, ruleIds: [RULE], cwd: dir, requirements: join(dir, 'PROMPT.md') }),
    RULE,
  );
}

test('reports an empty backend block when the request asks for remote state, citing it', () => {
  const [finding] = scanWithRequest(
    { 'main.tf': 'terraform {\n  backend "s3" {}\n}\n' },
    'Store the Terraform state remotely in S3 with DynamoDB state locking.\n',
  );
  assert.equal(finding?.line, 2);
  assert.equal(finding?.severity, 'medium');
  assert.ok(finding?.requirement);
});

test('in a repository, an empty backend is the partial configuration the pipeline fills in: quiet unless asked', () => {
  const files = { 'main.tf': 'terraform {\n  backend "s3" {}\n}\n' };
  assert.deepEqual(findingsOf(scanProject(files, { rules: [RULE] }), RULE), []);
  assert.deepEqual(scanWithRequest(files, 'Deploy an S3 bucket for logs.\n'), []);
  // The configuration turns it on.
  const configured = scanProject(files, {
    rules: [RULE],
    config: { rules: { [RULE]: { severity: 'medium', options: {} } } },
  });
  assert.equal(findingsOf(configured, RULE).length, 1);
});

test('a Markdown answer hands over the whole program: its empty backend is reported (low) without a request', () => {
  const answer = '## File: provider.tf\n\n```hcl\nterraform {\n  backend "s3" {}\n}\n```\n';
  const [finding] = findingsOf(scanProject({ 'answer.md': answer }, { rules: [RULE] }), RULE);
  assert.equal(finding?.severity, 'low');
});

test('a request that writes the empty block itself asks for nothing more', () => {
  assert.deepEqual(
    scanWithRequest(
      { 'main.tf': 'terraform {\n  backend "s3" {}\n}\n' },
      'provider.tf should configure S3 backend with backend "s3" {} and the AWS provider.\n',
    ),
    [],
  );
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
