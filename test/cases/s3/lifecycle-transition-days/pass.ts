import * as aws from '@pulumi/aws';

const artifacts = new aws.s3.BucketV2('artifacts');

new aws.s3.BucketLifecycleConfigurationV2('artifacts-lifecycle', {
  bucket: artifacts.id,
  rules: [
    {
      id: 'tiering',
      status: 'Enabled',
      filter: {},
      transitions: [{ days: 7, storageClass: 'INTELLIGENT_TIERING' }],
      expiration: { days: 90 },
    },
  ],
});
