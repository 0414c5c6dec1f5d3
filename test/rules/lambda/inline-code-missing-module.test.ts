import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runtimeProvides } from '../../../src/schema/lambda-runtime-modules.js';

const template = { cloudFormationInline: true };
const archive = { cloudFormationInline: false };

test('Node.js 18 and later bundle the AWS SDK v3 only; earlier runtimes bundle v2', () => {
  assert.equal(runtimeProvides('aws-sdk', { runtime: 'nodejs18.x', ...archive }), false);
  assert.equal(runtimeProvides('@aws-sdk/client-s3', { runtime: 'nodejs22.x', ...archive }), true);
  assert.equal(runtimeProvides('aws-sdk', { runtime: 'nodejs16.x', ...archive }), true);
  assert.equal(runtimeProvides('@aws-sdk/client-s3', { runtime: 'nodejs16.x', ...archive }), false);
});

test('built-in modules, with or without the node: prefix, are always there', () => {
  assert.equal(runtimeProvides('crypto', { runtime: 'nodejs20.x', ...archive }), true);
  assert.equal(runtimeProvides('node:fs', { runtime: 'nodejs20.x', ...archive }), true);
  assert.equal(runtimeProvides('json', { runtime: 'python3.12', ...archive }), true);
  assert.equal(runtimeProvides('boto3', { runtime: 'python3.12', ...archive }), true);
  assert.equal(runtimeProvides('requests', { runtime: 'python3.12', ...archive }), false);
});

test('the cfn-response helper exists only for code inline in a template', () => {
  assert.equal(runtimeProvides('cfnresponse', { runtime: 'python3.12', ...template }), true);
  assert.equal(runtimeProvides('cfnresponse', { runtime: 'python3.12', ...archive }), false);
  assert.equal(runtimeProvides('cfn-response', { runtime: 'nodejs20.x', ...template }), true);
});

test('runtimes preflight does not model give no answer', () => {
  assert.equal(runtimeProvides('anything', { runtime: 'java21', ...archive }), undefined);
  assert.equal(runtimeProvides('anything', { runtime: 'provided.al2023', ...archive }), undefined);
});
