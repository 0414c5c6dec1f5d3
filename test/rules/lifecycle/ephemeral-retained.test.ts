import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';
import { PULUMI_PY, scanWithProfile } from './fixtures.js';

const RULE = 'lifecycle/ephemeral-retained';

const TERRAFORM = 'resource "aws_sns_topic" "t" {\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n';

test('Terraform: prevent_destroy in an ephemeral stack is reported, with a fix to false', () => {
  const [finding, ...rest] = findingsOf(scanWithProfile({ 'main.tf': TERRAFORM }, 'ephemeral'), RULE);
  assert.equal(rest.length, 0);
  assert.equal(finding.line, 3);
  assert.equal(finding.severity, 'high');
  assert.equal(finding.fix?.edits[0].text, 'false');
});

test('runs only with the ephemeral profile', () => {
  assert.deepEqual(findingsOf(scanWithProfile({ 'main.tf': TERRAFORM }), RULE), []);
  assert.deepEqual(findingsOf(scanWithProfile({ 'main.tf': TERRAFORM }, 'production'), RULE), []);
});

test('Terraform: prevent_destroy = false is accepted', () => {
  const tf = TERRAFORM.replace('true', 'false');
  assert.deepEqual(findingsOf(scanWithProfile({ 'main.tf': tf }, 'ephemeral'), RULE), []);
});

test('Pulumi TypeScript: protect and retainOnDelete are reported on their option', () => {
  const code = [
    "const a = new aws.sns.Topic('a', {}, { protect: true });",
    "const b = new aws.sns.Topic('b', {}, { retainOnDelete: true });",
    "const c = new aws.sns.Topic('c', {}, { protect: false });",
    '',
  ].join('\n');
  const findings = findingsOf(scanWithProfile(pulumiProject(code), 'ephemeral'), RULE);
  assert.deepEqual(
    findings.map((f) => [f.resource?.name, f.line]),
    [
      ['a', lineOf(code, "'a'")],
      ['b', lineOf(code, "'b'")],
    ],
  );
  assert.match(findings[1].message, /left behind/);
});

test('Pulumi Python: protect and retain_on_delete in ResourceOptions are reported', () => {
  const main = [
    'import pulumi',
    'import pulumi_aws as aws',
    'a = aws.sns.Topic("a", opts=pulumi.ResourceOptions(protect=True))',
    'b = aws.sns.Topic("b", opts=pulumi.ResourceOptions(retain_on_delete=True))',
    'c = aws.sns.Topic("c")',
    '',
  ].join('\n');
  const findings = findingsOf(scanWithProfile({ 'Pulumi.yaml': PULUMI_PY, '__main__.py': main }, 'ephemeral'), RULE);
  assert.deepEqual(
    findings.map((f) => [f.resource?.name, f.line, f.fix?.edits[0].text]),
    [
      ['a', 3, 'False'],
      ['b', 4, 'False'],
    ],
  );
});
