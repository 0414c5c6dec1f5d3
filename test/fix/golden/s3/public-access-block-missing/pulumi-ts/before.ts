import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

// Build artifacts.
const artifacts = new aws.s3.Bucket('artifacts', {
  forceDestroy: true,
});

export const bucketName = artifacts.bucket;
