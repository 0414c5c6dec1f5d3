import { S3Backend, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

interface TapStackProps {
  stateBucketRegion?: string;
  awsRegion?: string;
}

export class TapStack extends TerraformStack {
  constructor(scope: Construct, id: string, props?: TapStackProps) {
    super(scope, id);
    // The stack's provider takes the region; the state bucket's region is the backend's alone.
    new AwsProvider(this, 'aws', { region: props?.awsRegion || 'us-east-1' });
    new S3Backend(this, { bucket: 'tf-states', key: `${id}.tfstate`, region: props?.stateBucketRegion || 'us-east-1' });
    new S3Bucket(this, 'data', { bucketPrefix: 'data-' });
  }
}
