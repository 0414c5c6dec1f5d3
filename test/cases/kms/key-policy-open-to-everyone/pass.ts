import * as aws from '@pulumi/aws';

const current = aws.getCallerIdentityOutput();
export const key = new aws.kms.Key('logs', {
  description: 'Encrypts the application logs',
  policy: current.accountId.apply((account) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' },
      ],
    }),
  ),
});
