import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'rds/gp3-performance-small-storage';

function instance(name: string, settings: string[]): string {
  return [`resource "aws_db_instance" "${name}" {`, '  storage_type = "gp3"', ...settings, '}'].join('\n');
}

function findings(files: Record<string, string>) {
  return findingsOf(scanProject(files, { rules: [RULE] }), RULE);
}

test('RDS for Oracle can provision gp3 performance from 200 GiB, not below', () => {
  const found = findings({
    'main.tf': [
      instance('small', ['  engine = "oracle-ee"', '  allocated_storage = 150', '  iops = 3000']),
      instance('large', ['  engine = "oracle-ee"', '  allocated_storage = 250', '  iops = 12000']),
    ].join('\n'),
  });
  assert.deepEqual(
    found.map((f) => f.resource?.name),
    ['small'],
  );
  assert.match(found[0].message, /below the 200 GiB from which oracle-ee/);
});

test('a size from a variable default is judged at high, names the variable, and is not rewritten', () => {
  const found = findings({
    'main.tf': [
      'variable "storage_gib" {',
      '  default = 100',
      '}',
      instance('db', ['  engine = "postgres"', '  allocated_storage = var.storage_gib', '  iops = 3000']),
    ].join('\n'),
  });
  assert.equal(found.length, 1);
  assert.equal(found[0].severity, 'high');
  assert.match(found[0].message, /from the default of var\.storage_gib/);
  assert.equal(found[0].fix, undefined);
});

test('terraform.tfvars replaces the default: a size it raises to 400 GiB is not judged', () => {
  const files = {
    'main.tf': [
      'variable "storage_gib" {',
      '  default = 100',
      '}',
      instance('db', ['  engine = "postgres"', '  allocated_storage = var.storage_gib', '  iops = 12000']),
    ].join('\n'),
  };
  assert.equal(findings(files).length, 1);
  assert.deepEqual(findings({ ...files, 'terraform.tfvars': 'storage_gib = 400\n' }), []);
});

test('SQL Server, an engine from an input without default, and a read replica are not judged', () => {
  const found = findings({
    'main.tf': [
      'variable "engine" {',
      '  type = string',
      '}',
      instance('sqlserver', ['  engine = "sqlserver-se"', '  allocated_storage = 100', '  iops = 4000']),
      instance('unknown', ['  engine = var.engine', '  allocated_storage = 100', '  iops = 3000']),
      instance('replica', [
        '  engine = "postgres"',
        '  replicate_source_db = "orders"',
        '  allocated_storage = 100',
        '  iops = 3000',
      ]),
    ].join('\n'),
  });
  assert.deepEqual(found, []);
});

test('the fix removes the settings with their lines, and only when they have their lines to themselves', () => {
  const [own] = findings({
    'index.ts': [
      "import * as aws from '@pulumi/aws';",
      "new aws.rds.Instance('db', {",
      "  engine: 'mysql',",
      '  allocatedStorage: 20,',
      "  storageType: 'gp3',",
      '  iops: 3000,\r',
      '  storageThroughput: 125,',
      '});',
    ].join('\n'),
  });
  assert.equal(own.fix?.description, 'Remove iops and storageThroughput');
  assert.deepEqual(
    own.fix.edits.map((e) => e.text),
    ['', ''],
  );
  assert.deepEqual(
    own.fix.edits.map((e) => e.end - e.start),
    ['  iops: 3000,\r\n'.length, '  storageThroughput: 125,\n'.length],
  );
  const [shared] = findings({
    'index.ts': [
      "import * as aws from '@pulumi/aws';",
      "new aws.rds.Instance('db', { engine: 'mysql', allocatedStorage: 20, storageType: 'gp3', iops: 3000 });",
    ].join('\n'),
  });
  assert.ok(shared);
  assert.equal(shared.fix, undefined);
});

test("a CDK DatabaseInstance without allocatedStorage gets the construct's 100 GiB, unless its props spread in more", () => {
  const stack = (props: string) =>
    [
      "import * as cdk from 'aws-cdk-lib';",
      "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
      "import * as rds from 'aws-cdk-lib/aws-rds';",
      'export class S extends cdk.Stack {',
      '  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc, sizing: rds.DatabaseInstanceProps) {',
      '    super(scope, id);',
      "    new rds.DatabaseInstance(this, 'Db', {",
      `      ${props}`,
      '      engine: rds.DatabaseInstanceEngine.MYSQL,',
      '      vpc,',
      '      storageType: rds.StorageType.GP3,',
      '      iops: 3000,',
      '    });',
      '  }',
      '}',
    ].join('\n');
  const defaulted = findings({ 'stack.ts': stack('') });
  assert.equal(defaulted.length, 1);
  assert.match(defaulted[0].message, /100 GiB \(the construct's default/);
  assert.deepEqual(findings({ 'stack.ts': stack('...sizing,') }), []);
});
