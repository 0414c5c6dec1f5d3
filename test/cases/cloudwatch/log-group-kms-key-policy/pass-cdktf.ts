import { Construct } from 'constructs';
import { App, Fn, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';

class KeyModule extends Construct {
  public readonly key: KmsKey;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const account = new DataAwsCallerIdentity(this, 'account');
    this.key = new KmsKey(this, 'logs-key', {
      enableKeyRotation: true,
      policy: Fn.jsonencode({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${account.accountId}:root` },
            Action: 'kms:*',
            Resource: '*',
          },
          {
            Effect: 'Allow',
            Principal: { Service: 'logs.us-east-1.amazonaws.com' },
            Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
            Resource: '*',
          },
        ],
      }),
    });
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
