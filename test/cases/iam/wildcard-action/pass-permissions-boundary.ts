import * as aws from '@pulumi/aws';

// A permissions boundary caps what the role's own policies grant: its broad Allow grants nothing.
const boundary = new aws.iam.Policy('app-boundary', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: ['s3:*', 'dynamodb:*'], Resource: '*' },
      { Effect: 'Deny', Action: ['iam:CreateUser', 'iam:DeleteRole'], Resource: '*' },
    ],
  }),
});

export const appRole = new aws.iam.Role('app', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
  permissionsBoundary: boundary.arn,
});
