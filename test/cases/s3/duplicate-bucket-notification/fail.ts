import * as aws from '@pulumi/aws';

const uploads = new aws.s3.Bucket('uploads');
const images = new aws.sqs.Queue('images');
const documents = new aws.sqs.Queue('documents');

// A bucket has one notification configuration: each of these replaces the other.
new aws.s3.BucketNotification('images', {
  bucket: uploads.id,
  queues: [{ queueArn: images.arn, events: ['s3:ObjectCreated:*'], filterPrefix: 'images/' }],
});

new aws.s3.BucketNotification('documents', {
  bucket: uploads.id,
  queues: [{ queueArn: documents.arn, events: ['s3:ObjectCreated:*'], filterPrefix: 'documents/' }],
});
