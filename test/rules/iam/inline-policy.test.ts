import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'iam/inline-policy';

const positive = `const role = new aws.iam.Role('role', { assumeRolePolicy: '{}' });
const policy = new aws.iam.RolePolicy('inline', { role: role.id, policy: '{}' });`;
const negative = `const role = new aws.iam.Role('role', { assumeRolePolicy: '{}' });
const policy = new aws.iam.Policy('managed', { policy: '{}' });
new aws.iam.RolePolicyAttachment('attach', { role: role.name, policyArn: policy.arn });`;

test('iam/inline-policy reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "new aws.iam.RolePolicy('inline'"));
});

test('iam/inline-policy stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});
