import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

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
