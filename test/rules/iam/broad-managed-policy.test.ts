import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'iam/broad-managed-policy';

test('AdministratorAccess and *FullAccess are medium, AWSLambdaBasicExecutionRole low, narrow policies pass', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: t\nruntime: python\n',
      '__main__.py': [
        'import pulumi_aws as aws',
        'role = aws.iam.Role("r", assume_role_policy="{}")',
        'aws.iam.RolePolicyAttachment("a", role=role.name, policy_arn="arn:aws:iam::aws:policy/AdministratorAccess")',
        'aws.iam.RolePolicyAttachment("b", role=role.name, policy_arn="arn:aws:iam::aws:policy/AmazonS3FullAccess")',
        'aws.iam.RolePolicyAttachment("c", role=role.name, policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")',
        'aws.iam.RolePolicyAttachment("d", role=role.name, policy_arn="arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => [f.line, f.severity]),
    [
      [3, 'medium'],
      [4, 'medium'],
      [5, 'low'],
    ],
  );
});

test('Terraform attachments too', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_iam_role_policy_attachment" "admin" {',
        '  role       = "r"',
        '  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [3],
  );
});
