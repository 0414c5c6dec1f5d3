import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'events/schedule-on-custom-bus';

function rule(bus: string): string {
  return [
    'resource "aws_cloudwatch_event_rule" "r" {',
    `  event_bus_name      = ${bus}`,
    '  schedule_expression = "rate(1 hour)"',
    '}',
  ].join('\n');
}

const findings = (text: string) => findingsOf(scanProject({ 'main.tf': text }, { rules: [RULE] }), RULE);

test('the default bus by name or ARN, and a data source, are not judged; another name is', () => {
  assert.deepEqual(findings(rule('"default"')), []);
  assert.deepEqual(findings(rule('"arn:aws:events:us-east-1:123456789012:event-bus/default"')), []);
  assert.deepEqual(
    findings(
      [
        'data "aws_cloudwatch_event_bus" "d" {',
        '  name = "default"',
        '}',
        rule('data.aws_cloudwatch_event_bus.d.name'),
      ].join('\n'),
    ),
    [],
  );
  assert.equal(findings(rule('"orders"')).length, 1);
});

test('a bus name from a variable default is judged at high and names the variable', () => {
  const found = findings(['variable "bus" {', '  default = "orders"', '}', rule('var.bus')].join('\n'));
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'high');
  assert.match(found[0].message, /the event bus "orders" \(from the default of var\.bus\)/);
});

test('a rule without a schedule may use any bus', () => {
  const text = [
    'resource "aws_cloudwatch_event_rule" "r" {',
    '  event_bus_name = "orders"',
    '  event_pattern = "{}"',
    '}',
  ];
  assert.deepEqual(findings(text.join('\n')), []);
});
