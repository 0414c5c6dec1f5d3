import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';

class StorageStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    const bucket = new S3Bucket(this, 'documents', { bucket: 'documents-example' });
    new S3BucketLifecycleConfiguration(this, 'documents-lifecycle', {
      bucket: bucket.id,
      rule: [
        {
          id: 'tiering',
          status: 'Enabled',
          filter: [{}],
          transition: [{ days: 30, storageClass: 'ONEZONE_IA' }],
        },
      ],
    });
  }
}

const app = new App();
new StorageStack(app, 'storage');
app.synth();
