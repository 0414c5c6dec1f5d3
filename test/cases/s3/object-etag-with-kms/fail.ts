import * as aws from '@pulumi/aws';

const key = new aws.kms.Key('artifacts', { enableKeyRotation: true });
const bucket = new aws.s3.Bucket('artifacts', { bucket: 'acme-artifacts' });

export const packageObject = new aws.s3.BucketObjectv2('package', {
  bucket: bucket.id,
  key: 'config/settings.json',
  content: '{"mode": "batch"}',
  etag: 'd41d8cd98f00b204e9800998ecf8427e',
  kmsKeyId: key.arn,
});
