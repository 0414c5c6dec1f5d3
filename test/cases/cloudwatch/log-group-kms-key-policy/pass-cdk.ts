import * as cdk from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export class LogsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const logsKey = new kms.Key(this, 'LogsKey', { enableKeyRotation: true });
    logsKey.grantEncryptDecrypt(new iam.ServicePrincipal(`logs.${cdk.Stack.of(this).region}.amazonaws.com`));
    new logs.LogGroup(this, 'AppLogs', {
      encryptionKey: logsKey,
      retention: logs.RetentionDays.ONE_MONTH,
    });
  }
}
