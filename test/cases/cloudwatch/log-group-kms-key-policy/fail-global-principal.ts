import * as aws from '@pulumi/aws';

const accountId = aws.getCallerIdentityOutput().accountId;

const logsKey = new aws.kms.Key('logsKey', {
  description: 'Encrypts the application logs',
  enableKeyRotation: true,
  policy: accountId.apply((accountId) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'AccountAdministration',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${accountId}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'CloudWatchLogs',
          Effect: 'Allow',
          Principal: { Service: 'logs.amazonaws.com' },
          Action: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
          Resource: '*',
        },
      ],
    }),
  ),
});

export const appLogs = new aws.cloudwatch.LogGroup('appLogs', {
  name: '/app/orders',
  retentionInDays: 30,
  kmsKeyId: logsKey.arn,
});
