import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
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
