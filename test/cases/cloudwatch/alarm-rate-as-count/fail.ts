import * as aws from '@pulumi/aws';

export const errorAlarm = new aws.cloudwatch.MetricAlarm('errorAlarm', {
  name: 'orders-errors',
  comparisonOperator: 'GreaterThanThreshold',
  evaluationPeriods: 2,
  namespace: 'AWS/Lambda',
  metricName: 'Errors',
  dimensions: { FunctionName: 'orders' },
  statistic: 'Average',
  period: 300,
  threshold: 5, // 5% error rate
});
