import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'naming/hardcoded-environment-in-name';

test('suggests the name without its constant stage, in the language it is written in', () => {
  const terraform = scanProject(
    {
      'main.tf': [
        'variable "environment_suffix" {}',
        'resource "aws_sqs_queue" "orders" {',
        '  name = "orders-prod-${var.environment_suffix}"',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(terraform, RULE).map((f) => f.suggestion),
    [{ before: '"orders-prod-${var.environment_suffix}"', after: '"orders-${var.environment_suffix}"' }],
  );
});

test('a stage that ends the literal takes the separator before it; one inside a camelCase word gets no suggestion', () => {
  const text = (name: string) =>
    ['variable "env_suffix" {}', 'resource "aws_sqs_queue" "q" {', `  name = "${name}"`, '}'].join('\n');
  const [ending] = findingsOf(
    scanProject({ 'main.tf': text('orders-prod${var.env_suffix}') }, { rules: [RULE] }),
    RULE,
  );
  assert.equal(ending?.suggestion?.after, '"orders${var.env_suffix}"');
  const [camel] = findingsOf(scanProject({ 'main.tf': text('ordersProd-${var.env_suffix}') }, { rules: [RULE] }), RULE);
  assert.ok(camel, 'the camelCase stage is still reported');
  assert.equal(camel.suggestion, undefined);
});
