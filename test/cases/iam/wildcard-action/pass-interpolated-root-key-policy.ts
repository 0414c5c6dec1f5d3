import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const accountId = aws.getCallerIdentityOutput().accountId;

// The default key policy: the account root (its id interpolated) holds kms:*, delegating to IAM.
export const dataKey = new aws.kms.Key('data', {
  enableKeyRotation: true,
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EnableIamUserPermissions',
        Effect: 'Allow',
        Principal: { AWS: pulumi.interpolate`arn:aws:iam::${accountId}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
    ],
  }),
});
