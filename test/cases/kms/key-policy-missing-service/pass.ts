import * as aws from '@pulumi/aws';

const account = aws.getCallerIdentityOutput().accountId;

const key = new aws.kms.Key('trail-key', {
  enableKeyRotation: true,
  policy: account.apply((id) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${id}:root` }, Action: 'kms:*', Resource: '*' },
        {
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: ['kms:GenerateDataKey*', 'kms:DescribeKey'],
          Resource: '*',
        },
      ],
    }),
  ),
});

export const trail = new aws.cloudtrail.Trail('main', {
  s3BucketName: 'audit-logs-bucket',
  kmsKeyId: key.arn,
});
