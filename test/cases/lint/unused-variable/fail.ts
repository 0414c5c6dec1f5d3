import * as aws from '@pulumi/aws';

const bucket = new aws.s3.Bucket('assets', { forceDestroy: true });

// The block is created, but nothing reads the variable: ESLint's no-unused-vars fails the lint step.
const publicAccess = new aws.s3.BucketPublicAccessBlock('assets-public-access', {
  bucket: bucket.id,
  blockPublicAcls: true,
  blockPublicPolicy: true,
  ignorePublicAcls: true,
  restrictPublicBuckets: true,
});

export const bucketName = bucket.bucket;
