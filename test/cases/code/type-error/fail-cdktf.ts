import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';

export class AlarmStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new CloudwatchMetricAlarm(this, 'cpu', {
      alarmName: 'cpu-high',
      comparisonOperator: 'GreaterThanThreshold',
      metricName: 'CPUUtilization',
      namespace: 'AWS/EC2',
      statistic: 'Average',
      period: 300,
      evaluationPeriods: 2,
      // A string where the provider's threshold is a number: TypeScript does not compile.
      threshold: '80',
    });
  }
}
