import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SourceFile } from '../../src/model/source.js';
import { awsProviderPin } from '../../src/model/provider-version.js';
import { readTerraformModule } from '../../src/readers/terraform/read-module.js';

function module(files: Record<string, string>, root = '/m') {
  return readTerraformModule({
    framework: 'terraform',
    root: `${root}#`,
    files: Object.entries(files).map(([path, text]) => new SourceFile(`${root}/${path}`, text)),
    readFile: () => undefined,
  });
}

/** The AWS provider pin of a module made of these files. */
function pin(files: Record<string, string>) {
  const found = awsProviderPin(module(files));
  return found && { major: found.major, constraints: found.constraints, line: found.span.line };
}

const requiredProviders = (entries: string) => `terraform {\n  required_providers {\n${entries}\n  }\n}\n`;

test('reads the version of hashicorp/aws in required_providers', () => {
  assert.deepEqual(
    pin({
      'versions.tf': requiredProviders('    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.0"\n    }'),
    }),
    { major: 5, constraints: ['~> 5.0'], line: 5 },
  );
  assert.equal(
    pin({
      'a.tf': requiredProviders('    aws = { source = "registry.terraform.io/hashicorp/aws", version = "~> 4.0" }'),
    })?.major,
    4,
  );
  // No source: `aws` stands for hashicorp/aws.
  assert.equal(pin({ 'a.tf': requiredProviders('    aws = { version = ">= 4.0, < 6.0" }') })?.major, 5);
  // Terraform 0.12's bare version string.
  assert.equal(pin({ 'a.tf': requiredProviders('    aws = "~> 3.0"') })?.major, 3);
});

test('intersects every declaration of the provider across the files of the module', () => {
  assert.deepEqual(
    pin({
      'a.tf': requiredProviders('    aws = { source = "hashicorp/aws", version = ">= 4.0" }'),
      'b.tf': requiredProviders('    aws = { source = "hashicorp/aws", version = "< 6.0" }'),
    }),
    { major: 5, constraints: ['>= 4.0', '< 6.0'], line: 3 },
  );
});

test('no pin without a readable constraint that bounds the provider', () => {
  assert.equal(pin({ 'a.tf': 'resource "aws_s3_bucket" "b" {}\n' }), undefined);
  assert.equal(pin({ 'a.tf': requiredProviders('    aws = { source = "hashicorp/aws" }') }), undefined);
  assert.equal(
    pin({ 'a.tf': requiredProviders('    aws = { source = "hashicorp/aws", version = ">= 5.0" }') }),
    undefined,
  );
  assert.equal(
    pin({ 'a.tf': requiredProviders('    aws = { source = "hashicorp/aws", version = var.aws_version }') }),
    undefined,
  );
  // Another provider's pin is not the AWS provider's.
  assert.equal(
    pin({ 'a.tf': requiredProviders('    random = { source = "hashicorp/random", version = "~> 3.0" }') }),
    undefined,
  );
  // `aws` names another provider: the aws_* resources are not hashicorp/aws's.
  assert.equal(
    pin({ 'a.tf': requiredProviders('    aws = { source = "example/aws", version = "~> 1.0" }') }),
    undefined,
  );
});

test('a module without a constraint takes those of the other modules of its configuration', () => {
  const root = module({ 'main.tf': requiredProviders('    aws = { source = "hashicorp/aws", version = "~> 5.0" }') });
  const child = module({ 'main.tf': 'resource "aws_eip" "nat" {}\n' }, '/m/modules/network');
  assert.deepEqual(
    [awsProviderPin(child, [root, child])?.major, awsProviderPin(child, [root, child])?.inherited],
    [5, true],
  );
  // Its own constraint is its own, even when another module declares one.
  const own = module({ 'main.tf': requiredProviders('    aws = { source = "hashicorp/aws", version = "~> 4.0" }') });
  assert.equal(awsProviderPin(own, [root, own])?.major, 4);
  // Modules that disagree admit nothing together: no pin.
  const other = module({ 'main.tf': requiredProviders('    aws = { source = "hashicorp/aws", version = "~> 4.0" }') });
  const orphan = module({ 'main.tf': 'resource "aws_eip" "nat" {}\n' }, '/m/x');
  assert.equal(awsProviderPin(orphan, [root, other, orphan]), undefined);
});
