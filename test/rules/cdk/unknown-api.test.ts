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
