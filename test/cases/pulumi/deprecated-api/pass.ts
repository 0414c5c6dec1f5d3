import * as aws from '@pulumi/aws';

export const reports = new aws.s3.Bucket('reports');

new aws.s3.BucketVersioning('reports', {
  bucket: reports.id,
  versioningConfiguration: { status: 'Enabled' },
});
