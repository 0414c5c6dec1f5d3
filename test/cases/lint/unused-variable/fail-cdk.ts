import * as cdk from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export class QueueStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const queue = new sqs.Queue(this, 'Jobs');
    // The alarm is created, but nothing reads the variable: ESLint's no-unused-vars fails the lint step.
    const depthAlarm = new cloudwatch.Alarm(this, 'QueueDepth', {
      metric: queue.metricApproximateNumberOfMessagesVisible(),
      threshold: 100,
      evaluationPeriods: 1,
    });
  }
}
