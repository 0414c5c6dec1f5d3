import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'pulumi/deprecated-api';

const positive = `new aws.s3.Bucket('b', {
  versioning: { enabled: true },
});`;
const negative = `const b = new aws.s3.Bucket('b', {});
new aws.s3.BucketVersioning('v', { bucket: b.id, versioningConfiguration: { status: 'Enabled' } });`;

test('pulumi/deprecated-api reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, 'versioning: {'));
});

test('pulumi/deprecated-api stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
