import { Construct } from 'constructs';
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';

class KeyModule extends Construct {
  public readonly key: KmsKey;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // No policy: the default key policy lets the account in, not CloudWatch Logs.
    this.key = new KmsKey(this, 'logs-key', { enableKeyRotation: true });
  }
}

class LogsModule extends Construct {
  constructor(scope: Construct, id: string, kmsKeyArn: string) {
    super(scope, id);
    new CloudwatchLogGroup(this, 'app-logs', { name: '/app/orders', retentionInDays: 30, kmsKeyId: kmsKeyArn });
  }
}

export class AppStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    const keys = new KeyModule(this, 'keys');
    new LogsModule(this, 'logs', keys.key.arn);
  }
}

const app = new App();
new AppStack(app, 'app');
app.synth();
