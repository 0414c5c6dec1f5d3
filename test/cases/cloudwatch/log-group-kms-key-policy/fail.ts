import * as aws from '@pulumi/aws';

// No policy: the default key policy lets the account in, not CloudWatch Logs.
const logsKey = new aws.kms.Key('logsKey', {
  description: 'Encrypts the application logs',
  enableKeyRotation: true,
});

export const appLogs = new aws.cloudwatch.LogGroup('appLogs', {
  name: '/app/orders',
  retentionInDays: 30,
  kmsKeyId: logsKey.arn,
});
