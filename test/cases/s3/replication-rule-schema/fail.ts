import * as aws from '@pulumi/aws';

export const replication = new aws.s3.BucketReplicationConfig('documents', {
  role: 'arn:aws:iam::123456789012:role/replication',
  bucket: 'documents-primary-example',
  rules: [
    {
      id: 'replicate-all',
      status: 'Enabled',
      destination: {
        bucket: 'arn:aws:s3:::documents-replica-example',
        replicationTime: { status: 'Enabled', time: { minutes: 15 } },
        metrics: { status: 'Enabled', eventThreshold: { minutes: 15 } },
      },
    },
  ],
});
