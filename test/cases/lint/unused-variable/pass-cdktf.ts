import { Construct } from 'constructs';
import { TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';

export class StorageStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    const bucket = new S3Bucket(this, 'assets', { bucketPrefix: 'assets-' });
    new S3BucketVersioningA(this, 'assets-versioning', {
      bucket: bucket.id,
      versioningConfiguration: { status: 'Enabled' },
    });
  }
}
