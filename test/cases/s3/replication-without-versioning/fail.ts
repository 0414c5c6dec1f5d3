import * as aws from '@pulumi/aws';

const source = new aws.s3.Bucket('orders', {});
const sourceVersioning = new aws.s3.BucketVersioning('orders', {
  bucket: source.id,
  versioningConfiguration: { status: 'Enabled' },
});
const replica = new aws.s3.Bucket('orders-replica', {});
const replicaVersioning = new aws.s3.BucketVersioning('orders-replica', {
  bucket: replica.id,
  versioningConfiguration: { status: 'Enabled' },
});

// Created at once with the versioning it needs: refused when it comes first.
export const replication = new aws.s3.BucketReplicationConfig('orders', {
  role: 'arn:aws:iam::123456789012:role/replication',
  bucket: source.id,
  rules: [{ id: 'all', status: 'Enabled', destination: { bucket: replica.arn } }],
});
export const versionings = [sourceVersioning.id, replicaVersioning.id];
