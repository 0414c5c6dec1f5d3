import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'preflight/unused-suppression';
const KMS = 'kms/rotation-disabled';

test('Terraform: a directive for a rule that reports nothing below it is reported; a used one is not', () => {
  const tf = [
    '# preflight-ignore kms/rotation-disabled: rotation is on now, the directive is stale',
    'resource "aws_kms_key" "a" {',
    '  enable_key_rotation = true',
    '}',
    '# preflight-ignore kms/rotation-disabled: imported key',
    'resource "aws_kms_key" "b" {}',
    '',
  ].join('\n');
  const result = scanProject({ 'main.tf': tf }, { rules: [KMS, RULE] });
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => [f.line, f.severity]),
    [[1, 'low']],
  );
  assert.match(findingsOf(result, RULE)[0].message, /kms\/rotation-disabled reported nothing/);
  assert.deepEqual(findingsOf(result, KMS), []);
});

test('a directive for a rule that did not run is not judged', () => {
  const tf = '# preflight-ignore kms/rotation-disabled: imported key\nresource "aws_kms_key" "a" {}\n';
  assert.deepEqual(findingsOf(scanProject({ 'main.tf': tf }, { rules: [RULE] }), RULE), []);
});

test('a directive naming two rules reports only the one that suppressed nothing', () => {
  const tf = [
    '# preflight-ignore kms/rotation-disabled, tags/hardcoded-environment: imported key',
    'resource "aws_kms_key" "a" {}',
    '',
  ].join('\n');
  const [finding, ...rest] = findingsOf(
    scanProject({ 'main.tf': tf }, { rules: [KMS, 'tags/hardcoded-environment', RULE] }),
    RULE,
  );
  assert.equal(rest.length, 0);
  assert.match(
    finding.message,
    /suppresses nothing: tags\/hardcoded-environment reported nothing.*Remove those rule ids/,
  );
});

test('Pulumi TypeScript: a stale directive', () => {
  const code =
    "// preflight-ignore kms/rotation-disabled: stale\nconst k = new aws.kms.Key('k', { enableKeyRotation: true });\n";
  const [finding] = findingsOf(scanProject(pulumiProject(code), { rules: [KMS, RULE] }), RULE);
  assert.equal(finding?.line, lineOf(code, '// preflight-ignore'));
});

test('Pulumi Python: a stale directive', () => {
  const main =
    'import pulumi_aws as aws\n# preflight-ignore kms/rotation-disabled: stale\nk = aws.kms.Key("k", enable_key_rotation=True)\n';
  const result = scanProject(
    { 'Pulumi.yaml': 'name: t\nruntime: python\n', '__main__.py': main },
    { rules: [KMS, RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [2],
  );
});
