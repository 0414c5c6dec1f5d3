import * as aws from '@pulumi/aws';

const events = new aws.sqs.Queue('events', {});

export const mapping = new aws.lambda.EventSourceMapping('events', {
  eventSourceArn: events.arn,
  functionName: 'event-processor',
  batchSize: 25,
  maximumBatchingWindowInSeconds: 1,
});
