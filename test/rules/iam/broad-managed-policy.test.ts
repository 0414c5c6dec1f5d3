import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { scan } from '../../../src/engine/scan.js';
import { findingsOf, scanProject, TEST_SCAN_DATE, writeProject } from '../../helpers.js';

const RULE = 'iam/broad-managed-policy';

test('AdministratorAccess and *FullAccess are medium, AWSLambdaBasicExecutionRole quiet, narrow policies pass', () => {
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

const BASIC_ROLE = {
  'Pulumi.yaml': 'name: t\nruntime: python\n',
  '__main__.py': [
    'import pulumi_aws as aws',
    'role = aws.iam.Role("r", assume_role_policy="{}")',
    'aws.iam.RolePolicyAttachment("c", role=role.name, policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")',
  ].join('\n'),
};

test('AWSLambdaBasicExecutionRole is a (low) finding when the request asks for least privilege', () => {
  const dir = writeProject({ ...BASIC_ROLE, 'PROMPT.md': 'Grant every function least-privilege IAM permissions.\n' });
  const result = scan([dir], {
    config: DEFAULT_CONFIG,
    ruleIds: [RULE],
    cwd: dir,
    date: TEST_SCAN_DATE,
    requirements: join(dir, 'PROMPT.md'),
  });
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.severity]),
    [[3, 'low']],
  );
});

test('AWSLambdaBasicExecutionRole is a finding when the configuration sets the rule', () => {
  const result = scanProject(BASIC_ROLE, {
    rules: [RULE],
    config: { rules: { [RULE]: { severity: 'low', options: {} } } },
  });
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => [f.line, f.severity]),
    [[3, 'low']],
  );
});
