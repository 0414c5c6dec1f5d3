import * as aws from '@pulumi/aws';

export const reports = new aws.s3.Bucket('reports');

new aws.s3.BucketPublicAccessBlock('reports', {
  bucket: reports.id,
  blockPublicAcls: true,
  blockPublicPolicy: true,
  ignorePublicAcls: true,
  restrictPublicBuckets: true,
});
