import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'schema/invalid-value';

const MAIN =
  'variable "bucket_name" {\n  type    = string\n  default = "good-bucket-name"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = var.bucket_name\n}\n';

function found(files: Record<string, string>): { file: string; message: string }[] {
  return findingsOf(scanProject(files, { rules: [RULE] }), RULE);
}

test('terraform.tfvars assigns a variable over its default, as every plan without -var-file does', () => {
  const findings = found({ 'main.tf': MAIN, 'terraform.tfvars': 'bucket_name = "Bad_Bucket"\n' });
  assert.equal(findings.length, 1);
  assert.match(findings[0].file, /terraform\.tfvars$/);
  assert.match(findings[0].message, /is set to "Bad_Bucket" in terraform\.tfvars/);
});

test('*.auto.tfvars is loaded after terraform.tfvars and wins; a named file applies only with -var-file', () => {
  assert.equal(
    found({
      'main.tf': MAIN,
      'terraform.tfvars': 'bucket_name = "Bad_Bucket"\n',
      'fix.auto.tfvars': 'bucket_name = "fixed-bucket"\n',
    }).length,
    0,
  );
  assert.equal(found({ 'main.tf': MAIN, 'dev.tfvars': 'bucket_name = "Bad_Bucket"\n' }).length, 0);
});

test('a default that terraform.tfvars replaces is not judged', () => {
  const main = MAIN.replace('"good-bucket-name"', '"Bad_Default"');
  assert.equal(found({ 'main.tf': main, 'terraform.tfvars': 'bucket_name = "good-bucket-name"\n' }).length, 0);
  assert.equal(found({ 'main.tf': main }).length, 1);
});

test('the provider region follows terraform.tfvars too: a zone of the default region is then in another', () => {
  const files = {
    'main.tf': [
      'variable "aws_region" {\n  type    = string\n  default = "us-east-1"\n}',
      'provider "aws" {\n  region = var.aws_region\n}',
      'resource "aws_subnet" "a" {\n  vpc_id            = "vpc-0abc"\n  cidr_block        = "10.0.1.0/24"\n  availability_zone = "us-east-1a"\n}',
    ].join('\n'),
  };
  const rule = 'ec2/hardcoded-availability-zone';
  assert.deepEqual(findingsOf(scanProject(files, { rules: [rule] }), rule), []);
  const moved = findingsOf(
    scanProject({ ...files, 'terraform.tfvars': 'aws_region = "us-west-2"\n' }, { rules: [rule] }),
    rule,
  );
  assert.equal(moved.length, 1);
  assert.match(moved[0].message, /created in us-west-2 but names the Availability Zone us-east-1a/);
});
