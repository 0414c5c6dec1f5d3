import * as aws from '@pulumi/aws';

const bucket = new aws.s3.Bucket('assets', { forceDestroy: true });

// Created for its effect alone: no binding to leave unread.
new aws.s3.BucketPublicAccessBlock('assets-public-access', {
  bucket: bucket.id,
  blockPublicAcls: true,
  blockPublicPolicy: true,
  ignorePublicAcls: true,
  restrictPublicBuckets: true,
});

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const versioning = new aws.s3.BucketVersioningV2('assets-versioning', {
  bucket: bucket.id,
  versioningConfiguration: { status: 'Enabled' },
});

export const bucketName = bucket.bucket;
