import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'preflight/invalid-suppression';

test('Terraform: a directive without a reason is reported; a complete one is not', () => {
  const tf = [
    '# preflight-ignore kms/rotation-disabled',
    'resource "aws_kms_key" "a" {}',
    '# preflight-ignore kms/rotation-disabled: rotated by the platform team',
    'resource "aws_kms_key" "b" {}',
    '# an ordinary comment',
    '',
  ].join('\n');
  const findings = findingsOf(scanProject({ 'main.tf': tf }, { rules: [RULE] }), RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.severity]),
    [[1, 'medium']],
  );
});

test('Pulumi TypeScript: a directive naming an unknown rule is reported', () => {
  const code = "// preflight-ignore s3/no-such-rule: reason\nconst b = new aws.s3.Bucket('b');\n";
  const [finding] = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.equal(finding?.line, lineOf(code, '// preflight-ignore'));
  assert.match(finding.message, /unknown rule s3\/no-such-rule/);
});

test('Pulumi Python: a directive naming no rule is reported', () => {
  const main = 'import pulumi_aws as aws\n# preflight-ignore: because\nb = aws.s3.Bucket("b")\n';
  const [finding] = findingsOf(
    scanProject({ 'Pulumi.yaml': 'name: t\nruntime: python\n', '__main__.py': main }, { rules: [RULE] }),
    RULE,
  );
  assert.equal(finding?.line, 2);
  assert.match(finding.message, /names no rule/);
});
