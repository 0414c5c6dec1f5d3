import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

// A fixed name: the same on every synth.
class DataStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new S3Bucket(this, 'data', { bucket: `orders-data-${id}` });
  }
}

const app = new App();
new DataStack(app, 'data');
app.synth();
