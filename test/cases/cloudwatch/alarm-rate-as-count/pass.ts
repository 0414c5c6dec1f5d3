import * as aws from '@pulumi/aws';

const lambdaMetric = (metricName: string) => ({
  namespace: 'AWS/Lambda',
  metricName,
  dimensions: { FunctionName: 'orders' },
  stat: 'Sum',
  period: 300,
});

export const errorAlarm = new aws.cloudwatch.MetricAlarm('errorAlarm', {
  name: 'orders-errors',
  comparisonOperator: 'GreaterThanThreshold',
  evaluationPeriods: 2,
  metricQueries: [
    { id: 'rate', expression: '100 * errors / invocations', label: 'Error rate (%)', returnData: true },
    { id: 'errors', metric: lambdaMetric('Errors') },
    { id: 'invocations', metric: lambdaMetric('Invocations') },
  ],
  threshold: 5, // 5% error rate
});
