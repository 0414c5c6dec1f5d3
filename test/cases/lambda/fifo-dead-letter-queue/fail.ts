import * as aws from '@pulumi/aws';

const failed = new aws.sqs.Queue('failed', { fifoQueue: true, name: 'failed-events.fifo' });

export const ingest = new aws.lambda.Function('ingest', {
  role: 'arn:aws:iam::123456789012:role/ingest',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: new aws.asset.FileArchive('./ingest'),
  deadLetterConfig: { targetArn: failed.arn },
});
