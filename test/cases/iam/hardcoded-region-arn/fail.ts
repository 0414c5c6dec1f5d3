import * as aws from '@pulumi/aws';

const role = new aws.iam.Role('worker', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
});

new aws.iam.RolePolicy('worker-queue', {
  role: role.id,
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['sqs:ReceiveMessage'], Resource: 'arn:aws:sqs:us-east-2:*:jobs-*' }],
  }),
});
