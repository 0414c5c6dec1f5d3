import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { Construct } from 'constructs';

// A group of resources inside a stack is a construct: it uses the stack's provider.
export class Storage extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Bucket(this, 'documents', { bucketPrefix: 'documents-' });
  }
}

export class TapStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new Storage(this, 'storage');
  }
}

// Stacks side by side under the app are separate stacks by design.
const app = new App();
new TapStack(app, 'tap');
app.synth();
