/**
 * Unnamed Terraform blocks beside an answer's named files that present
 * themselves as examples, or restate a block a named file declares, illustrate
 * the prose: they are not part of the program.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'schema/missing-required-argument';

const MAIN = [
  '## main.tf',
  '',
  '```hcl',
  'resource "aws_sns_topic" "alerts" {',
  '  name = "alerts"',
  '}',
  '',
  'resource "aws_vpc" "main" {',
  '  cidr_block = "10.0.0.0/16"',
  '}',
  '```',
  '',
  '## Known issues',
  '',
];

test('an unnamed block whose first comment calls it an example is not part of the program', () => {
  const answer = [
    ...MAIN,
    '```hcl',
    '# Example: hardcoded email in an SNS subscription',
    'resource "aws_sns_topic_subscription" "alerts" {',
    '  endpoint = "team@example.com"',
    '}',
    '```',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'answer.md': answer }, { rules: [RULE] }), RULE), []);
});

test('an unnamed block that restates a resource of a named file is not part of the program', () => {
  const answer = [
    ...MAIN,
    '```hcl',
    '# Every resource lacks a provider',
    'resource "aws_vpc" "main" {',
    '  cidr_block = "10.0.0.0/16"',
    '}',
    'resource "aws_sns_topic_subscription" "alerts" {',
    '  endpoint = "team@example.com"',
    '}',
    '```',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'answer.md': answer }, { rules: [RULE] }), RULE), []);
});

test('an unnamed block that adds to the program is still read', () => {
  const answer = [
    ...MAIN,
    '```hcl',
    'resource "aws_sns_topic_subscription" "alerts" {',
    '  endpoint = "team@example.com"',
    '}',
    '```',
  ].join('\n');
  assert.equal(findingsOf(scanProject({ 'answer.md': answer }, { rules: [RULE] }), RULE).length, 1);
});

test('an unnamed block of attributes without a block is an excerpt, even where no file is named', () => {
  const answer = [
    '## Fix',
    '',
    '- Chose the certificate in three ways:',
    '  ```hcl',
    '  certificate_arn = var.arn != "" ? var.arn :',
    '                    (var.validate ? "a" : "b")',
    '  ```',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'answer.md': answer }, { rules: ['parse-error'] }), 'parse-error'), []);
});

test('an unnamed block that declares a block is still read, and its syntax errors reported', () => {
  const answer = [
    '## Fix',
    '',
    '```hcl',
    'resource "aws_lb_listener" "https" {',
    '  certificate_arn = var.arn != "" ? var.arn :',
    '                    (var.validate ? "a" : "b")',
    '}',
    '```',
  ].join('\n');
  assert.ok(findingsOf(scanProject({ 'answer.md': answer }, { rules: ['parse-error'] }), 'parse-error').length > 0);
});

test('an unnamed block of attributes that parse (`.tfvars` values) is still read', () => {
  const answer = [
    '#### Development',
    '```hcl',
    'environment = "development"',
    'instance_type = "t3.micro"',
    '```',
  ].join('\n');
  assert.equal(
    findingsOf(scanProject({ 'answer.md': answer }, { rules: ['terraform/fmt'] }), 'terraform/fmt').length,
    1,
  );
});
