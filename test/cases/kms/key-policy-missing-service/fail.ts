import * as aws from '@pulumi/aws';

const key = new aws.kms.Key('trail-key', { enableKeyRotation: true });

export const trail = new aws.cloudtrail.Trail('main', {
  s3BucketName: 'audit-logs-bucket',
  kmsKeyId: key.arn,
});
