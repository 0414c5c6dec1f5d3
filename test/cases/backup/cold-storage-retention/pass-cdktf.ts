import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { BackupPlan } from '@cdktf/provider-aws/lib/backup-plan';

class BackupStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });
    new BackupPlan(this, 'plan', {
      name: 'daily',
      rule: [
        {
          ruleName: 'daily',
          targetVaultName: 'main-vault',
          schedule: 'cron(0 5 * * ? *)',
          lifecycle: { coldStorageAfter: 30, deleteAfter: 120 },
        },
      ],
    });
  }
}

const app = new App();
new BackupStack(app, 'backup');
app.synth();
