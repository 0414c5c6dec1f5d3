import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { scan } from '../../../src/engine/scan.js';
import { findingsOf, scanProject, TEST_SCAN_DATE, writeProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'lambda/env-without-kms';

const positive = `new aws.lambda.Function('fn', {
  role: 'r',
  environment: { variables: {
    API_KEY: process.env.API_KEY || '',
  } },
});`;
const negative = `const key = new aws.kms.Key('k', { enableKeyRotation: true });
new aws.lambda.Function('fn', { role: 'r', kmsKeyArn: key.arn, environment: { variables: { API_KEY: 'x' } } });`;

test('lambda/env-without-kms reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, 'API_KEY:'));
});

test('lambda/env-without-kms stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});

test('lambda/env-without-kms stays quiet on variables that hold no secret', () => {
  const code = `new aws.lambda.Function('fn', { role: 'r', environment: { variables: { TABLE_NAME: 't', KMS_KEY_ID: 'k', SORT_KEY: 's', STAGE: 'dev' } } });`;
  assert.deepEqual(findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE), []);
});

test('lambda/env-without-kms reports variables without a secret when the request asks for a KMS key', () => {
  const code = `new aws.lambda.Function('fn', { role: 'r', environment: { variables: { TABLE_NAME: 't' } } });`;
  const dir = writeProject({
    ...pulumiProject(code),
    'PROMPT.md': 'Encrypt Lambda environment variables with a customer-managed KMS key.\n',
  });
  const result = scan([dir], {
    config: DEFAULT_CONFIG,
    ruleIds: [RULE],
    cwd: dir,
    date: TEST_SCAN_DATE,
    requirements: join(dir, 'PROMPT.md'),
  });
  const findings = findingsOf(result, RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.ok(findings[0].requirement);
});
