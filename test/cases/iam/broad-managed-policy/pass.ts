import * as aws from '@pulumi/aws';

const role = new aws.iam.Role('orders', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
});

const uploads = aws.s3.getBucketOutput({ bucket: 'acme-uploads' });

// Only what the function does, on the one bucket it uses.
const s3Policy = new aws.iam.Policy('orders-s3', {
  policy: uploads.arn.apply((bucketArn) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: `${bucketArn}/*` }],
    }),
  ),
});

export const s3Access = new aws.iam.RolePolicyAttachment('orders-s3', {
  role: role.name,
  policyArn: s3Policy.arn,
});
