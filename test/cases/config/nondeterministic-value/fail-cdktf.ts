import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

// Every synth names the bucket anew: each apply replaces it.
class DataStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new S3Bucket(this, 'data', { bucket: `orders-data-${Date.now()}` });
  }
}

const app = new App();
new DataStack(app, 'data');
app.synth();
