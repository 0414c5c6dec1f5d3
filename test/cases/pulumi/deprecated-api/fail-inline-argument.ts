import * as aws from '@pulumi/aws';

// Inline versioning is a deprecated argument of the bucket.
export const reports = new aws.s3.Bucket('reports', {
  versioning: { enabled: true },
});
