import * as aws from '@pulumi/aws';

export const reports = new aws.s3.BucketV2('reports', {
  bucketPrefix: 'reports-',
  tags: { CostCenter: 'analytics', Team: 'data' },
});
