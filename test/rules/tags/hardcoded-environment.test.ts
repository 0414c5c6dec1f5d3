import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'tags/hardcoded-environment';

const positive = `const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';
const tags = {
  Environment: 'production',
  Team: 'payments',
};
new aws.s3.Bucket('b', { bucket: \`data-\${environmentSuffix}\`, tags });`;
const negative = `const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';
new aws.s3.Bucket('b', { bucket: \`data-\${environmentSuffix}\`, tags: { Environment: environmentSuffix, Team: 'payments' } });`;

test('tags/hardcoded-environment reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "Environment: 'production'"));
});

test('tags/hardcoded-environment stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
