import * as aws from '@pulumi/aws';

// Used as a boundary and attached as well: the attachment grants every s3 action on every bucket.
const boundary = new aws.iam.Policy('app-boundary', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
  }),
});

const appRole = new aws.iam.Role('app', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
  permissionsBoundary: boundary.arn,
});

export const attachment = new aws.iam.RolePolicyAttachment('app-boundary-grant', {
  role: appRole.name,
  policyArn: boundary.arn,
});
