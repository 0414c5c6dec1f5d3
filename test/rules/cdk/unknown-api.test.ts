import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'cdk/unknown-api';

const HEADER = [
  "import * as cdk from 'aws-cdk-lib';",
  "import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';",
  "import { Construct } from 'constructs';",
  'export class S extends cdk.Stack {',
  '  constructor(scope: Construct, id: string) {',
  '    super(scope, id);',
  "    const secret = new secretsmanager.Secret(this, 'Db');",
];

test('a static method called on an aws-cdk-lib class is checked like any member', () => {
  const result = scanProject(
    {
      'cdk.json': '{}',
      'lib/stack.ts': [
        ...HEADER,
        "    new secretsmanager.RotationSchedule(this, 'Rotation', {",
        '      secret,',
        '      rotationLambda: secretsmanager.RotationSchedule.hostedRotation(',
        '        secretsmanager.HostedRotation.mysqlSingleUser(),',
        '      ),',
        '    });',
        "    secret.addRotationSchedule('R2', { hostedRotation: secretsmanager.HostedRotation.mysqlSingleUser() });",
        '  }',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.message.split('.')[0]]),
    [[10, 'RotationSchedule has no static member hostedRotation']],
  );
});

test('a method called on a construct must exist on its class (TypeScript)', () => {
  const result = scanProject(
    {
      'cdk.json': '{}',
      'lib/stack.ts': [
        "import * as cdk from 'aws-cdk-lib';",
        "import * as ecs from 'aws-cdk-lib/aws-ecs';",
        "import { Construct } from 'constructs';",
        'export class S extends cdk.Stack {',
        '  constructor(scope: Construct, id: string, cluster: ecs.ICluster, taskDefinition: ecs.TaskDefinition) {',
        '    super(scope, id);',
        "    const service = new ecs.FargateService(this, 'Service', { cluster, taskDefinition });",
        '    service.metricCpuUtilization();',
        '    service.metricRunningTaskCount();',
        '    service.node.addDependency(this);',
        '  }',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => [f.line, f.message.split('.')[0] + '.' + f.message.split('.')[1]]),
    [[9, 'ecs.FargateService "Service" has no method metricRunningTaskCount']],
  );
});

test('a method called on a construct must exist on its class (Python: instance or static, not a loop variable)', () => {
  const result = scanProject(
    {
      'cdk.json': '{}',
      'app.py': [
        'import aws_cdk as cdk',
        'from aws_cdk import aws_lambda as lambda_, aws_dynamodb as dynamodb',
        '',
        'class S(cdk.Stack):',
        '    def __init__(self, scope, id):',
        '        super().__init__(scope, id)',
        '        fn = lambda_.Function(self, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h", code=lambda_.Code.from_inline("x"))',
        '        fn.metric_errors()',
        '        fn.metric_all_concurrent_executions()',
        '        fn.metric_concurrent_executions()',
        '        tables = {"a": dynamodb.Table(self, "T", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING)), "f": fn}',
        '        for name, table in tables.items():',
        '            if name != "f":',
        '                table.auto_scale_read_capacity(min_capacity=1, max_capacity=2)',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => f.line),
    [10],
  );
  assert.match(
    findings[0].message,
    /has no method metric_concurrent_executions; did you mean metric_all_concurrent_executions\?/,
  );
});

test('an unknown class read with its member is one finding, not one for the class and one for the member', () => {
  const result = scanProject(
    {
      'cdk.json': '{}',
      'lib/stack.ts': [
        "import * as cdk from 'aws-cdk-lib';",
        "import * as ec2 from 'aws-cdk-lib/aws-ec2';",
        "import { Construct } from 'constructs';",
        'export class S extends cdk.Stack {',
        '  constructor(scope: Construct, id: string) {',
        '    super(scope, id);',
        "    new ec2.LaunchTemplate(this, 'Lt', { httpProtocolIpv6: ec2.LaunchTemplateHttpProtocolV6.DISABLED });",
        '  }',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => [f.line, f.message.split('.')[0]]),
    [[7, 'aws-ec2 has no LaunchTemplateHttpProtocolV6']],
  );
});
