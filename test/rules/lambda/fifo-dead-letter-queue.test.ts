import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'lambda/fifo-dead-letter-queue';

function program(queue: string[], functionSettings: string[] = []): string {
  return [
    'resource "aws_sqs_queue" "dlq" {',
    ...queue,
    '}',
    'resource "aws_lambda_function" "f" {',
    '  function_name = "f"',
    ...functionSettings,
    '  dead_letter_config {',
    '    target_arn = aws_sqs_queue.dlq.arn',
    '  }',
    '}',
  ].join('\n');
}

const findings = (text: string) => findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE] }), RULE);

test('a FIFO flag from a variable default counts; one from an input without a value is not judged', () => {
  const withDefault = ['variable "fifo" {', '  default = true', '}'].join('\n');
  assert.equal(findings(`${withDefault}\n${program(['  fifo_queue = var.fifo'])}`).length, 1);
  const withoutValue = ['variable "fifo" {', '  type = bool', '}'].join('\n');
  assert.deepEqual(findings(`${withoutValue}\n${program(['  fifo_queue = var.fifo'])}`), []);
});

test('a function created only under a condition is reported at high', () => {
  const found = findings(program(['  fifo_queue = true'], ['  count = var.enabled ? 1 : 0']));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'high');
});
