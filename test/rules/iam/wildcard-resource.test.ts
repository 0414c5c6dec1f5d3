import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { scan } from '../../../src/engine/scan.js';
import { findingsOf, scanProject, TEST_SCAN_DATE, writeProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'iam/wildcard-resource';

const positive = `new aws.iam.Policy('p', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'],
      Resource: 'arn:aws:dynamodb:*:*:table/*' }],
  }),
});`;
const negative = `const table = new aws.dynamodb.Table('t', { hashKey: 'id', attributes: [{ name: 'id', type: 'S' }] });
new aws.iam.Policy('p', {
  policy: table.arn.apply((arn) => JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: arn },
      { Effect: 'Allow', Action: ['xray:PutTraceSegments'], Resource: '*' }],
  })),
});`;

test('iam/wildcard-resource reports the defect at its line', () => {
  const findings = findingsOf(scanProject(pulumiProject(positive), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  assert.equal(findings[0].line, lineOf(positive, "Resource: 'arn:aws:dynamodb"));
});

test('iam/wildcard-resource stays quiet on the corrected code', () => {
  assert.deepEqual(findingsOf(scanProject(pulumiProject(negative), { rules: [RULE] }), RULE), []);
});

test('reading logs on arn:aws:logs:*:*:* is reported; writing them (as AWSLambdaBasicExecutionRole does) and cloudwatch:PutMetricData on * are not', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_iam_policy" "p" {',
        '  policy = jsonencode({ Statement = [',
        '    { Effect = "Allow", Action = ["logs:GetLogEvents"], Resource = "arn:aws:logs:*:*:*" },',
        '    { Effect = "Allow", Action = ["cloudwatch:PutMetricData"], Resource = "*" },',
        '    { Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "arn:aws:logs:*:*:*" },',
        '  ] })',
        '}',
      ].join('\n'),
    },
    { rules: ['iam/wildcard-resource'] },
  );
  assert.deepEqual(
    findingsOf(result, 'iam/wildcard-resource').map((f) => f.line),
    [3],
  );
});

test('the objects of one named bucket are scoped; every bucket and every table are not', () => {
  const code = `new aws.iam.Policy('p', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::uploads-dev/*' },
      { Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::*' },
      { Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: 'arn:aws:dynamodb:us-east-1:123456789012:table/*' },
    ],
  }),
});`;
  // One policy document: one finding, its other wildcard statements related.
  const findings = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.related?.map((r) => r.line)]),
    [[lineOf(code, "'arn:aws:s3:::*'"), [lineOf(code, 'table/*')]]],
  );
});

test('log writing on * (AWSLambdaBasicExecutionRole scope) is reported when the request asks for least privilege; ENI and Config actions never', () => {
  const dir = writeProject({
    'main.tf': [
      'resource "aws_iam_policy" "p" {',
      '  policy = jsonencode({ Statement = [',
      '    { Effect = "Allow", Action = ["logs:CreateLogStream", "logs:PutLogEvents"], Resource = "*" },',
      '    { Effect = "Allow", Action = ["ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface"], Resource = "*" },',
      '    { Effect = "Allow", Action = ["config:Put*", "config:Get*"], Resource = "*" },',
      '  ] })',
      '}',
    ].join('\n'),
    'PROMPT.md': 'IAM roles must follow the principle of least privilege.\n',
  });
  const result = scan([dir], {
    config: DEFAULT_CONFIG,
    ruleIds: [RULE],
    cwd: dir,
    date: TEST_SCAN_DATE,
    requirements: join(dir, 'PROMPT.md'),
  });
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [3],
  );
  assert.deepEqual(findingsOf(scanProject({ 'main.tf': readMain(dir) }, { rules: [RULE] }), RULE), []);
});

function readMain(dir: string): string {
  return readFileSync(join(dir, 'main.tf'), 'utf8');
}

/** Findings of the rule on a project scanned with a request that asks for least privilege. */
function withLeastPrivilege(files: Record<string, string>) {
  const dir = writeProject({ ...files, 'PROMPT.md': 'IAM roles must follow the principle of least privilege.\n' });
  const result = scan([dir], {
    config: DEFAULT_CONFIG,
    ruleIds: [RULE],
    cwd: dir,
    date: TEST_SCAN_DATE,
    requirements: join(dir, 'PROMPT.md'),
  });
  return findingsOf(result, RULE);
}

const LOG_WRITING = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'];

test('log writing on * for EC2 instance and VPC Flow Logs roles (AWS-documented policies) is quiet even under least privilege; for a Lambda role it is reported (Terraform)', () => {
  const role = (name: string, service: string) =>
    [
      `resource "aws_iam_role" "${name}" {`,
      `  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "${service}" } }] })`,
      '}',
      `resource "aws_iam_role_policy" "${name}" {`,
      `  role   = aws_iam_role.${name}.id`,
      `  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ${JSON.stringify(LOG_WRITING)}, Resource = "*" }] })`,
      '}',
    ].join('\n');
  const findings = withLeastPrivilege({
    'main.tf': [
      role('agent', 'ec2.amazonaws.com'),
      role('flow_logs', 'vpc-flow-logs.amazonaws.com'),
      role('fn', 'lambda.amazonaws.com'),
      // A managed policy reaches its role through the attachment.
      'resource "aws_iam_role" "agent2" {',
      '  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })',
      '}',
      `resource "aws_iam_policy" "agent2" {`,
      `  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ${JSON.stringify(LOG_WRITING)}, Resource = "*" }] })`,
      '}',
      'resource "aws_iam_role_policy_attachment" "agent2" {',
      '  role       = aws_iam_role.agent2.name',
      '  policy_arn = aws_iam_policy.agent2.arn',
      '}',
    ].join('\n'),
  });
  assert.deepEqual(
    findings.map((f) => f.resource?.name),
    ['fn'],
  );
});

test('log writing on * for a flow-log role is quiet under least privilege; for a Lambda role it is reported (Pulumi TypeScript)', () => {
  const code = (name: string, service: string) => `
const ${name}Role = new aws.iam.Role('${name}', {
  assumeRolePolicy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: '${service}' } }] }),
});
new aws.iam.RolePolicy('${name}-logs', {
  role: ${name}Role.id,
  policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: ${JSON.stringify(LOG_WRITING)}, Resource: '*' }] }),
});`;
  const findings = withLeastPrivilege(
    pulumiProject(code('flowLogs', 'vpc-flow-logs.amazonaws.com') + code('fn', 'lambda.amazonaws.com')),
  );
  assert.deepEqual(
    findings.map((f) => f.resource?.name),
    ['fn-logs'],
  );
});

test('log writing on * for an EC2 role is quiet under least privilege; for a Lambda role it is reported (Pulumi Python)', () => {
  const code = (name: string, service: string) => `
${name}_role = aws.iam.Role(
    "${name}",
    assume_role_policy=json.dumps({"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "${service}"}}]}),
)
aws.iam.RolePolicy(
    "${name}-logs",
    role=${name}_role.id,
    policy=json.dumps({"Statement": [{"Effect": "Allow", "Action": ${JSON.stringify(LOG_WRITING)}, "Resource": "*"}]}),
)
`;
  const findings = withLeastPrivilege({
    'Pulumi.yaml': 'name: test\nruntime: python\n',
    '__main__.py': `import json\nimport pulumi_aws as aws\n${code('agent', 'ec2.amazonaws.com')}${code('fn', 'lambda.amazonaws.com')}`,
  });
  assert.deepEqual(
    findings.map((f) => f.resource?.name),
    ['fn-logs'],
  );
});

const READS = ['s3:GetBucketVersioning', 'iam:GetRolePolicy'];

test('reads on * by a role only AWS Config assumes (the recorder, as AWS_ConfigRole grants) are quiet; by a Lambda role they are reported (Terraform)', () => {
  const role = (name: string, service: string) =>
    [
      `resource "aws_iam_role" "${name}" {`,
      `  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "${service}" } }] })`,
      '}',
      `resource "aws_iam_role_policy" "${name}" {`,
      `  role   = aws_iam_role.${name}.id`,
      `  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ${JSON.stringify(READS)}, Resource = "*" }] })`,
      '}',
    ].join('\n');
  const findings = findingsOf(
    scanProject(
      { 'main.tf': [role('recorder', 'config.amazonaws.com'), role('fn', 'lambda.amazonaws.com')].join('\n') },
      { rules: [RULE] },
    ),
    RULE,
  );
  assert.deepEqual(
    findings.map((f) => f.resource?.name),
    ['fn'],
  );
});

test('reads on * by a role only AWS Config assumes are quiet; by a Lambda role they are reported (Pulumi TypeScript and Python)', () => {
  const ts = (name: string, service: string) => `
const ${name}Role = new aws.iam.Role('${name}', {
  assumeRolePolicy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: '${service}' } }] }),
});
new aws.iam.RolePolicy('${name}-reads', {
  role: ${name}Role.id,
  policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: ${JSON.stringify(READS)}, Resource: '*' }] }),
});`;
  const py = (name: string, service: string) => `
${name}_role = aws.iam.Role(
    "${name}",
    assume_role_policy=json.dumps({"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "${service}"}}]}),
)
aws.iam.RolePolicy(
    "${name}-reads",
    role=${name}_role.id,
    policy=json.dumps({"Statement": [{"Effect": "Allow", "Action": ${JSON.stringify(READS)}, "Resource": "*"}]}),
)
`;
  const typescript = scanProject(
    pulumiProject(ts('recorder', 'config.amazonaws.com') + ts('fn', 'lambda.amazonaws.com')),
    {
      rules: [RULE],
    },
  );
  const python = scanProject(
    {
      'Pulumi.yaml': 'name: test\nruntime: python\n',
      '__main__.py': `import json\nimport pulumi_aws as aws\n${py('recorder', 'config.amazonaws.com')}${py('fn', 'lambda.amazonaws.com')}`,
    },
    { rules: [RULE] },
  );
  for (const result of [typescript, python])
    assert.deepEqual(
      findingsOf(result, RULE).map((f) => f.resource?.name),
      ['fn-reads'],
    );
});

test('the SSM Agent actions AmazonSSMManagedInstanceCore grants on * are quiet; writing parameters on * is reported', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_iam_policy" "agent" {',
        '  policy = jsonencode({ Statement = [',
        '    { Effect = "Allow", Action = ["ssm:UpdateInstanceInformation", "ssm:ListInstanceAssociations", "ssm:UpdateInstanceAssociationStatus"], Resource = "*" },',
        '    { Effect = "Allow", Action = ["ssm:PutParameter"], Resource = "*" },',
        '  ] })',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [4],
  );
});

test('a named resource in any account or region is that resource; every secret of any account is reported (Terraform, Pulumi Python)', () => {
  const statements = [
    ['secretsmanager:GetSecretValue', 'arn:aws:secretsmanager:*:*:secret:orders-db-*'],
    ['dynamodb:GetItem', 'arn:aws:dynamodb:*:*:table/orders'],
    ['secretsmanager:GetSecretValue', 'arn:aws:secretsmanager:*:*:secret:*'],
  ];
  const terraform = scanProject(
    {
      'main.tf': [
        'resource "aws_iam_policy" "p" {',
        '  policy = jsonencode({ Statement = [',
        ...statements.map(([a, r]) => `    { Effect = "Allow", Action = ["${a}"], Resource = "${r}" },`),
        '  ] })',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(terraform, RULE).map((f) => f.line),
    [5],
  );
  const python = scanProject(
    {
      'Pulumi.yaml': 'name: test\nruntime: python\n',
      '__main__.py': [
        'import json',
        'import pulumi_aws as aws',
        'aws.iam.Policy("p", policy=json.dumps({"Statement": [',
        ...statements.map(([a, r]) => `    {"Effect": "Allow", "Action": ["${a}"], "Resource": "${r}"},`),
        ']}))',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(python, RULE).map((f) => f.line),
    [6],
  );
});

test("an AWS CDK role's assumedBy service is its trust: log writing on * is quiet for an EC2 role under least privilege, reported for a Lambda role", () => {
  const role = (id: string, service: string) =>
    [
      `    const ${id} = new iam.Role(this, '${id}', { assumedBy: new iam.ServicePrincipal('${service}') });`,
      `    ${id}.addToPolicy(new iam.PolicyStatement({ actions: ${JSON.stringify(LOG_WRITING)}, resources: ['*'] }));`,
    ].join('\n');
  const findings = withLeastPrivilege({
    'lib/stack.ts': [
      "import * as cdk from 'aws-cdk-lib';",
      "import * as iam from 'aws-cdk-lib/aws-iam';",
      "import { Construct } from 'constructs';",
      'export class LogsStack extends cdk.Stack {',
      '  constructor(scope: Construct, id: string) {',
      '    super(scope, id);',
      role('Agent', 'ec2.amazonaws.com'),
      role('Fn', 'lambda.amazonaws.com'),
      '  }',
      '}',
    ].join('\n'),
    'cdk.json': '{ "app": "npx ts-node bin/app.ts" }\n',
  });
  assert.deepEqual(
    findings.map((f) => f.resource?.name),
    ['Fn'],
  );
});
