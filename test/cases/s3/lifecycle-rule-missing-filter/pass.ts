import * as aws from '@pulumi/aws';

const logs = new aws.s3.Bucket('logs', { bucket: 'acme-logs' });

export const lifecycle = new aws.s3.BucketLifecycleConfiguration('logs', {
  bucket: logs.id,
  rules: [
    {
      id: 'archive-logs',
      status: 'Enabled',
      filter: { prefix: 'logs/' },
      transitions: [{ days: 30, storageClass: 'GLACIER' }],
    },
  ],
});
