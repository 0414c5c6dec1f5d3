import * as aws from '@pulumi/aws';

const failed = new aws.sqs.Queue('orders-failed');

new aws.lambda.FunctionEventInvokeConfig('orders-worker', {
  functionName: 'orders-worker',
  maximumRetryAttempts: 1,
  maximumEventAge: 3600, // the argument is maximumEventAgeInSeconds
  destinationConfig: { onFailure: { destination: failed.arn } },
});
