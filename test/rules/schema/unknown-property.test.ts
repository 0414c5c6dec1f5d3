import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'schema/unknown-property';

test('reports unknown Terraform arguments and nested-block arguments, with the closest name as a fix', () => {
  const result = scanProject(
    {
      'main.tf': [
        'resource "aws_lambda_function_event_invoke_config" "c" {',
        '  function_name     = "f"',
        '  maximum_event_age = 3600',
        '}',
        'resource "aws_dynamodb_table" "t" {',
        '  name = "t"',
        '  global_secondary_index {',
        '    name            = "i"',
        '    projection      = "ALL"',
        '  }',
        '  lifecycle {',
        '    prevent_destroy = true',
        '  }',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.suggestion?.after]),
    [
      [3, 'maximum_event_age_in_seconds'],
      [9, 'projection_type'],
    ],
  );
  assert.match(findings[1].message, /block global_secondary_index of aws_dynamodb_table "t"/);
  assert.equal(findings[0].fix?.edits[0].text, 'maximum_event_age_in_seconds');
});

test('reports unknown Pulumi arguments in their own spelling', () => {
  const result = scanProject(
    {
      'Pulumi.yaml': 'name: x\nruntime: nodejs\n',
      'index.ts': [
        "import * as aws from '@pulumi/aws';",
        "new aws.sqs.Queue('q', { visibilityTimeout: 30, messageRetentionSeconds: 60 });",
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const [finding] = findingsOf(result, RULE);
  assert.match(finding?.message ?? '', /no argument "visibilityTimeout"; did you mean "visibilityTimeoutSeconds"\?/);
});

test('accepts valid arguments, meta-arguments, dynamic blocks and other providers', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "rules" { default = [] }',
        'resource "aws_security_group" "s" {',
        '  name  = "s"',
        '  count = 1',
        '  tags  = { Anything = "goes" }',
        '  dynamic "ingress" {',
        '    for_each = var.rules',
        '    content {',
        '      from_port = ingress.value',
        '      to_port   = ingress.value',
        '      protocol  = "tcp"',
        '    }',
        '  }',
        '  lifecycle {',
        '    create_before_destroy = true',
        '  }',
        '}',
        'resource "random_id" "r" { whatever = 1 }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
