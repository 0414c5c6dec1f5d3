import * as aws from '@pulumi/aws';

const role = new aws.iam.Role('orders', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
});

export const s3Access = new aws.iam.RolePolicyAttachment('orders-s3', {
  role: role.name,
  policyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess',
});
