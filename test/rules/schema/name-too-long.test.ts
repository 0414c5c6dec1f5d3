import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'schema/name-too-long';

test('reports literal names and templates whose literal parts alone exceed the limit', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "env" {}',
        'resource "aws_lb" "a" { name = "payments-application-load-balancer" }',
        'resource "aws_lb_target_group" "t" { name = "payments-processing-target-group-${var.env}" }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [2, 3],
  );
  assert.match(findings[0].message, /\(34 characters\), above the 32-character limit/);
  assert.match(findings[1].message, /at least 33 characters/);
});

test('accepts names within the limit and names whose length cannot be known', () => {
  const result = scanProject(
    {
      'main.tf': [
        'variable "name" {}',
        'resource "aws_lb" "a" { name = "payments-alb" }',
        'resource "aws_lb" "b" { name = var.name }',
        'resource "aws_lb" "c" { name = "alb-${var.name}" }',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(findingsOf(result, RULE), []);
});
