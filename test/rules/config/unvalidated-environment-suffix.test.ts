import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'config/unvalidated-environment-suffix';

const positive = `const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';
new aws.s3.Bucket('b', { bucket: \`data-\${environmentSuffix}\` });`;
const negative = `const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';
if (!/^[a-z0-9-]{1,20}$/.test(environmentSuffix)) {
  throw new Error('invalid suffix');
}
new aws.s3.Bucket('b', { bucket: \`data-\${environmentSuffix}\` });`;

test('config/unvalidated-environment-suffix reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, 'process.env.ENVIRONMENT_SUFFIX'));
});

test('config/unvalidated-environment-suffix stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
