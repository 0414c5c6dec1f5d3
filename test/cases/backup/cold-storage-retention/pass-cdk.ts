import * as cdk from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import { Construct } from 'constructs';

export class BackupStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new backup.CfnBackupPlan(this, 'Plan', {
      backupPlan: {
        backupPlanName: 'daily',
        backupPlanRule: [
          {
            ruleName: 'daily',
            targetBackupVault: 'main-vault',
            lifecycle: { deleteAfterDays: 7 },
          },
        ],
      },
    });
  }
}
