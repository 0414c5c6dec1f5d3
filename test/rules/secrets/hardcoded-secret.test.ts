import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'secrets/hardcoded-secret';

const positive = `new aws.lambda.Function('fn', {
  role: 'r',
  environment: { variables: {
    API_KEY: 'placeholder-api-key',
  } },
});`;
const negative = `const config = new pulumi.Config();
new aws.lambda.Function('fn', { role: 'r', environment: { variables: { API_KEY: config.requireSecret('apiKey'), TABLE_NAME: 'orders' } } });`;

test('secrets/hardcoded-secret reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "API_KEY: 'placeholder"));
});

test('secrets/hardcoded-secret stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
