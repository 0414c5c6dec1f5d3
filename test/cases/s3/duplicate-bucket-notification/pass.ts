import * as aws from '@pulumi/aws';

const uploads = new aws.s3.Bucket('uploads');
const images = new aws.sqs.Queue('images');
const documents = new aws.sqs.Queue('documents');

new aws.s3.BucketNotification('uploads', {
  bucket: uploads.id,
  queues: [
    { queueArn: images.arn, events: ['s3:ObjectCreated:*'], filterPrefix: 'images/' },
    { queueArn: documents.arn, events: ['s3:ObjectCreated:*'], filterPrefix: 'documents/' },
  ],
});
