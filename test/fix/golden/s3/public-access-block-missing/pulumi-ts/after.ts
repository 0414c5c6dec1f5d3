import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

// Build artifacts.
const artifacts = new aws.s3.Bucket('artifacts', {
  forceDestroy: true,
});

new aws.s3.BucketPublicAccessBlock('artifacts-public-access', {
  bucket: artifacts.id,
  blockPublicAcls: true,
  blockPublicPolicy: true,
  ignorePublicAcls: true,
  restrictPublicBuckets: true,
});

export const bucketName = artifacts.bucket;
