import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, scanProject } from '../../helpers.js';
import { lineOf, pulumiProject } from '../pulumi-fixtures.js';

const RULE = 'cloudwatch/alarm-rate-as-count';

const alarm = (extra: string) => `
const fn = new aws.lambda.Function('fn', { role: 'r', handler: 'index.handler', runtime: 'nodejs20.x' });
new aws.cloudwatch.MetricAlarm('errors', {
  comparisonOperator: 'GreaterThanThreshold',
  evaluationPeriods: 2,
  ${extra}
  dimensions: { FunctionName: fn.name },
});
`;

test('a count metric with a threshold described as a percentage is reported at the threshold', () => {
  const code = alarm(`metricName: 'Errors', namespace: 'AWS/Lambda', period: 300, statistic: 'Average',
  threshold: 5, // 5% error rate`);
  const findings = findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE);
  assert.equal(findings.length, 1);
  assert.equal(findings[0].line, lineOf(code, 'threshold: 5'));
  assert.match(findings[0].message, /"errors".*5% error rate.*Errors/);
  assert.ok(findings[0].suggestion?.after.includes('metricQueries'));
});

test('the rate can be said by the alarm description', () => {
  const code = alarm(`metricName: '5XXError', namespace: 'AWS/ApiGateway', statistic: 'Sum', threshold: 1,
  alarmDescription: 'API error rate above 1 percent',`);
  assert.equal(findingsOf(scanProject(pulumiProject(code), { rules: [RULE] }), RULE).length, 1);
});

test('a count alarm that does not claim to be a rate, or uses metric math, is not reported', () => {
  const plain = alarm(
    `metricName: 'Errors', namespace: 'AWS/Lambda', statistic: 'Sum', threshold: 5, // more than 5 errors`,
  );
  assert.equal(findingsOf(scanProject(pulumiProject(plain), { rules: [RULE] }), RULE).length, 0);
  const math = alarm(`threshold: 5, // 5% error rate
  metricQueries: [{ id: 'rate', expression: '100 * e / i', returnData: true }],`);
  assert.equal(findingsOf(scanProject(pulumiProject(math), { rules: [RULE] }), RULE).length, 0);
});

test('Terraform: the rate can be said by a comment after the threshold', () => {
  const alarmTf = (threshold: string) => `resource "aws_cloudwatch_metric_alarm" "errors" {
  alarm_name          = "orders-errors"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 2
  namespace           = "AWS/Lambda"
  metric_name         = "Errors"
  statistic           = "Sum"
  period              = 300
  ${threshold}
}
`;
  const rate = findingsOf(
    scanProject({ 'main.tf': alarmTf('threshold = 5 # 5% error rate') }, { rules: [RULE] }),
    RULE,
  );
  assert.deepEqual(
    rate.map((f) => f.line),
    [9],
  );
  const count = scanProject({ 'main.tf': alarmTf('threshold = 5 # more than 5 errors') }, { rules: [RULE] });
  assert.deepEqual(findingsOf(count, RULE), []);
});
