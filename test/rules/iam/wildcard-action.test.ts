import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_CONFIG } from '../../../src/config/config.js';
import { scan } from '../../../src/engine/scan.js';
import { findingsOf, scanProject, writeProject } from '../../helpers.js';

const RULE = 'iam/wildcard-action';

test('reports Allow on * and on service:*', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_iam_policy" "p" {',
        '  policy = jsonencode({',
        '    Statement = [',
        '      { Effect = "Allow", Action = "*", Resource = "*" },',
        '      { Effect = "Allow", Action = ["s3:*", "s3:Get*"], Resource = "*" },',
        '      { Effect = "Deny", Action = "iam:*", Resource = "*" },',
        '    ]',
        '  })',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  // One policy document: one finding, the other statement's wildcard related.
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.message.split('"')[3]),
    ['*'],
  );
  assert.deepEqual(
    findings[0].related?.map((r) => [r.line, r.message.split('"')[3]]),
    [[5, 's3:*']],
  );
  assert.equal(findings[0].severity, 'high');
});

test("accepts specific actions and the default key policy's kms:* for the account root", () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_kms_key" "k" {',
        '  policy = jsonencode({',
        '    Statement = [{',
        '      Effect    = "Allow"',
        '      Principal = { AWS = "arn:aws:iam::123456789012:root" }',
        '      Action    = "kms:*"',
        '      Resource  = "*"',
        '    }]',
        '  })',
        '}',
        'resource "aws_iam_policy" "p" {',
        '  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "*" }] })',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});

test('accepts kms:* for the account root or the deploying identity in a key policy, whatever form gives the account id', () => {
  const statement = (principal: string) =>
    `{ Effect = "Allow", Principal = { AWS = ${principal} }, Action = "kms:*", Resource = "*" }`;
  const result = scanProject(
    {
      'main.tf': [
        'data "aws_caller_identity" "current" {}',
        'resource "aws_kms_key" "a" {',
        '  policy = jsonencode({ Statement = [',
        `    ${statement('"arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"')},`,
        `    ${statement('data.aws_caller_identity.current.arn')},`,
        '  ] })',
        '}',
        'resource "aws_kms_key" "b" {',
        '  policy = <<EOF',
        '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"}, "Action": "kms:*", "Resource": "*"}]}',
        'EOF',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  // The deploying identity's own ARN (aws_caller_identity) administers the key it creates: the default key policy.
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [],
  );
});

test('a policy document a KMS key uses is a key policy: kms:* for the account root passes, for a role it does not', () => {
  const result = scanProject(
    {
      'main.tf': `data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "key" {
  statement {
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}

resource "aws_kms_key" "logs" {
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
}

data "aws_iam_policy_document" "role" {
  statement {
    actions   = ["kms:*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "role" {
  policy = data.aws_iam_policy_document.role.json
}
`,
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [21],
  );
});

const ADMIN_POLICY = [
  'resource "aws_iam_role" "data_admin" {',
  '  name               = "data-admin"',
  '  assume_role_policy = "{}"',
  '}',
  'resource "aws_s3_bucket" "lake" {}',
  'resource "aws_iam_role_policy" "admin" {',
  '  role = aws_iam_role.data_admin.id',
  '  policy = jsonencode({',
  '    Statement = [',
  '      { Effect = "Allow", Action = "s3:*", Resource = [aws_s3_bucket.lake.arn, "${aws_s3_bucket.lake.arn}/*"],',
  '        Condition = { IpAddress = { "aws:SourceIp" = ["10.0.0.0/8"] } } },',
  '    ]',
  '  })',
  '}',
].join('\n');

test('a service wildcard on named resources under a condition is low', () => {
  const findings = findingsOf(scanProject({ 'main.tf': ADMIN_POLICY }, { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'low');
});

test('a role the request grants full access may use a service wildcard on named resources', () => {
  const dir = writeProject({
    'main.tf': ADMIN_POLICY,
    'PROMPT.md': 'Create a DataAdmin role with full administrative access to the data lake. No wildcard actions.\n',
  });
  const result = scan([dir], {
    config: DEFAULT_CONFIG,
    ruleIds: [RULE],
    cwd: dir,
    requirements: join(dir, 'PROMPT.md'),
  });
  assert.deepEqual(findingsOf(result, RULE), []);
});
