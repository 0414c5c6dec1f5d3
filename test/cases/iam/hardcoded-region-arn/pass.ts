import * as aws from '@pulumi/aws';

// A disaster-recovery program: it deploys to both regions, and reads the replica queue on purpose.
const west = new aws.Provider('west', { region: 'us-west-2' });
const east = new aws.Provider('east', { region: 'us-east-2' });

const role = new aws.iam.Role(
  'worker',
  {
    assumeRolePolicy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    }),
  },
  { provider: west },
);

new aws.iam.RolePolicy(
  'worker-queue',
  {
    role: role.id,
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['sqs:ReceiveMessage'], Resource: 'arn:aws:sqs:us-east-2:*:jobs-*' }],
    }),
  },
  { provider: west },
);

export const replica = new aws.sqs.Queue('jobs-replica', {}, { provider: east });
