import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';

const RULE = 'code/type-error';

test('CDKTF: nested blocks are checked, and a converted constant has the kind it is converted to', () => {
  const result = scanProject(
    {
      'cdktf.json': '{}',
      'main.ts': [
        "import { Construct } from 'constructs';",
        "import { TerraformStack } from 'cdktf';",
        "import { CloudwatchLogMetricFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-metric-filter';",
        "import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';",
        'export class S extends TerraformStack {',
        '  constructor(scope: Construct, id: string) {',
        '    super(scope, id);',
        "    new CloudwatchLogMetricFilter(this, 'errors', {",
        "      name: 'errors',",
        "      logGroupName: '/app',",
        "      pattern: 'ERROR',",
        "      metricTransformation: { name: 'Errors', namespace: 'App', value: '1', defaultValue: 0 },",
        '    });',
        "    new CloudwatchMetricAlarm(this, 'alarm', {",
        "      alarmName: 'errors',",
        "      comparisonOperator: 'GreaterThanThreshold',",
        "      evaluationPeriods: Number('2'),",
        '      threshold: String(5),',
        '    });',
        '  }',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  const findings = findingsOf(result, RULE);
  assert.deepEqual(
    findings.map((f) => [f.line, f.message.split(',')[0]]),
    [
      [12, 'CloudwatchLogMetricFilter "errors" sets metric_transformation.default_value to a number'],
      [18, 'CloudwatchMetricAlarm "alarm" sets threshold to a string'],
    ],
  );
});

test('AWS CDK: a number is a member of a numeric enum (RetentionDays), a string is not', () => {
  const result = scanProject(
    {
      'cdk.json': '{}',
      'lib/stack.ts': [
        "import * as cdk from 'aws-cdk-lib';",
        "import * as logs from 'aws-cdk-lib/aws-logs';",
        "import { Construct } from 'constructs';",
        'export class S extends cdk.Stack {',
        '  constructor(scope: Construct, id: string) {',
        '    super(scope, id);',
        "    new logs.LogGroup(this, 'A', { retention: 7 });",
        "    new logs.LogGroup(this, 'B', { retention: 'ONE_WEEK' });",
        '  }',
        '}',
      ].join('\n'),
    },
    { rules: [RULE] },
  );
  assert.deepEqual(
    findingsOf(result, RULE).map((f) => f.line),
    [8],
  );
});
