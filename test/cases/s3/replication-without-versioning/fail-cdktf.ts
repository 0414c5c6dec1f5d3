import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketReplicationConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-replication-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';

class StorageStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    const source = new S3Bucket(this, 'source', { bucketPrefix: 'orders-' });
    const replica = new S3Bucket(this, 'replica', { bucketPrefix: 'orders-replica-' });
    const sourceVersioning = new S3BucketVersioningA(this, 'source-versioning', {
      bucket: source.id,
      versioningConfiguration: { status: 'Enabled' },
    });
    const replicaVersioning = new S3BucketVersioningA(this, 'replica-versioning', {
      bucket: replica.id,
      versioningConfiguration: { status: 'Enabled' },
    });
    new S3BucketReplicationConfigurationA(this, 'replication', {
      role: 'arn:aws:iam::123456789012:role/replication',
      bucket: source.id,
      rule: [{ id: 'all', status: 'Enabled', destination: { bucket: replica.arn } }],
    });
    void [sourceVersioning, replicaVersioning];
  }
}

const app = new App();
new StorageStack(app, 'storage');
app.synth();
