import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'rds/performance-insights-unsupported-class';

function instance(settings: string): string {
  return ['resource "aws_db_instance" "db" {', settings, '  performance_insights_enabled = true', '}'].join('\n');
}

test('a class from a variable default is judged, at high, with the variable named', () => {
  const findings = findingsOf(
    scanProject(
      {
        'main.tf': [
          'variable "db_class" {',
          '  type    = string',
          '  default = "db.t3.micro"',
          '}',
          instance('  engine = "mysql"\n  instance_class = var.db_class'),
        ].join('\n'),
      },
      { rules: [RULE] },
    ),
    RULE,
  );
  assert.equal(findings.length, 1);
  assert.equal(findings[0].severity, 'high');
  assert.match(findings[0].message, /from the default of var\.db_class/);
});

test('PostgreSQL offers Performance Insights on every class; an unknown class is not judged', () => {
  const project = {
    'main.tf': [
      instance('  engine = "postgres"\n  instance_class = "db.t3.micro"'),
      'variable "db_class" {',
      '  type = string',
      '}',
      instance('  engine = "mysql"\n  instance_class = var.db_class').replace('"db"', '"other"'),
    ].join('\n'),
  };
  assert.deepEqual(findingsOf(scanProject(project, { rules: [RULE] }), RULE), []);
});

test('an Aurora instance that names no engine takes the engine of the cluster it joins', () => {
  const project = {
    'main.tf': [
      'resource "aws_rds_cluster" "main" {',
      '  engine = "aurora-mysql"',
      '}',
      'resource "aws_rds_cluster_instance" "one" {',
      '  cluster_identifier           = aws_rds_cluster.main.id',
      '  engine                       = aws_rds_cluster.main.engine',
      '  instance_class               = "db.t3.large"',
      '  performance_insights_enabled = true',
      '}',
    ].join('\n'),
  };
  const findings = findingsOf(scanProject(project, { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1);
  assert.match(findings[0].message, /Aurora MySQL does not offer on db\.t3\.large/);
  assert.match(findings[0].message, /db\.t4g\.medium/);
});

test('a CDK DatabaseInstance naming two sizes in its props is not judged (which one is the class is unknown)', () => {
  const program = [
    "import * as cdk from 'aws-cdk-lib';",
    "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
    "import * as rds from 'aws-cdk-lib/aws-rds';",
    'export class S extends cdk.Stack {',
    '  constructor(scope: cdk.App, id: string, vpc: ec2.IVpc, big: boolean) {',
    '    super(scope, id);',
    "    new rds.DatabaseInstance(this, 'Db', {",
    '      engine: rds.DatabaseInstanceEngine.MYSQL,',
    '      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T3, big ? ec2.InstanceSize.LARGE : ec2.InstanceSize.MICRO),',
    '      vpc,',
    '      enablePerformanceInsights: true,',
    '    });',
    '  }',
    '}',
  ].join('\n');
  assert.deepEqual(findingsOf(scanProject({ 'stack.ts': program }, { rules: [RULE] }), RULE), []);
});
