import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const worker = new aws.iam.Role('worker', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
});

// Lets the worker read its queue.
const workerQueue = new aws.iam.RolePolicy('worker-queue', {
  role: worker.id,
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['sqs:ReceiveMessage'], Resource: 'arn:aws:sqs:us-east-1:123456789012:jobs' }],
  }),
});
