import * as aws from '@pulumi/aws';

const failed = new aws.sqs.Queue('orders-failed');

new aws.lambda.FunctionEventInvokeConfig('orders-worker', {
  functionName: 'orders-worker',
  maximumRetryAttempts: 1,
  maximumEventAgeInSeconds: 3600,
  destinationConfig: { onFailure: { destination: failed.arn } },
});
