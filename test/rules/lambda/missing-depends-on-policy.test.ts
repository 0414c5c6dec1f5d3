import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'lambda/missing-depends-on-policy';

const positive = `const role = new aws.iam.Role('role', { assumeRolePolicy: '{}' });
const attach = new aws.iam.RolePolicyAttachment('attach', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess' });
const fn = new aws.lambda.Function('fn', { role: role.arn });`;
const negative = `const role = new aws.iam.Role('role', { assumeRolePolicy: '{}' });
const attach = new aws.iam.RolePolicyAttachment('attach', { role: role.name, policyArn: 'arn:aws:iam::aws:policy/AmazonDynamoDBReadOnlyAccess' });
const fn = new aws.lambda.Function('fn', { role: role.arn }, { dependsOn: [attach] });`;

test('lambda/missing-depends-on-policy reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "new aws.lambda.Function('fn'"));
});

test('lambda/missing-depends-on-policy stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});

test('the message spells the dependency the way the framework does', () => {
  const python = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': [
        'import pulumi_aws as aws',
        'role = aws.iam.Role("role", assume_role_policy="{}")',
        'attach = aws.iam.RolePolicyAttachment("attach", role=role.name, policy_arn="arn:aws:iam::aws:policy/ReadOnlyAccess")',
        'fn = aws.lambda_.Function("fn", role=role.arn)',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.match(findingsOf(python, RULE)[0]?.message ?? '', /Add depends_on \(pulumi\.ResourceOptions\) on them/);
  const [typescript] = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.match(typescript.message, /Add dependsOn on them/);
});
