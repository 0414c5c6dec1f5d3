import * as aws from '@pulumi/aws';

// BucketV2 and BucketVersioningV2 are deprecated aliases of Bucket and BucketVersioning.
export const reports = new aws.s3.BucketV2('reports');

new aws.s3.BucketVersioningV2('reports', {
  bucket: reports.id,
  versioningConfiguration: { status: 'Enabled' },
});
