import * as cdk from 'aws-cdk-lib';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export class LogsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    // No policy and no grant: CDK's default key policy lets the account in, not CloudWatch Logs.
    const logsKey = new kms.Key(this, 'LogsKey', { enableKeyRotation: true });
    new logs.LogGroup(this, 'AppLogs', {
      encryptionKey: logsKey,
      retention: logs.RetentionDays.ONE_MONTH,
    });
  }
}
