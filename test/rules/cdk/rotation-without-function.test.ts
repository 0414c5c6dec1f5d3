import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'cdk/rotation-without-function';

function stack(rotation: string): string {
  return [
    "import * as cdk from 'aws-cdk-lib';",
    "import * as lambda from 'aws-cdk-lib/aws-lambda';",
    "import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';",
    'export class S extends cdk.Stack {',
    '  constructor(scope: cdk.App, id: string, options: secretsmanager.RotationScheduleOptions) {',
    '    super(scope, id);',
    "    const secret = new secretsmanager.Secret(this, 'Secret');",
    "    const rotator = new lambda.Function(this, 'Rotator', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'i.h', code: lambda.Code.fromAsset('r') });",
    `    ${rotation}`,
    '  }',
    '}',
  ].join('\n');
}

const findings = (text: string) => findingsOf(scanProject({ 'stack.ts': text }, { rules: [RULE] }), RULE);

test('a rotation function of the program is enough', () => {
  assert.deepEqual(findings(stack("secret.addRotationSchedule('R', { rotationLambda: rotator });")), []);
});

test('options not written at the call are not judged; an empty options object is', () => {
  assert.deepEqual(findings(stack("secret.addRotationSchedule('R', options);")), []);
  assert.deepEqual(
    findings(stack("secret.addRotationSchedule('R', { ...options, automaticallyAfter: cdk.Duration.days(7) });")),
    [],
  );
  assert.equal(findings(stack("secret.addRotationSchedule('R', {});")).length, 1);
});
