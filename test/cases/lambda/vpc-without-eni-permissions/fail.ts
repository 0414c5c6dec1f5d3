import * as aws from '@pulumi/aws';

const role = new aws.iam.Role('worker-role', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }],
  }),
});

new aws.iam.RolePolicy('worker-policy', {
  role: role.id,
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' }],
  }),
});

new aws.lambda.Function('worker', {
  role: role.arn,
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: new aws.asset.FileArchive('./worker'),
  vpcConfig: { subnetIds: ['subnet-0123456789abcdef0'], securityGroupIds: ['sg-0123456789abcdef0'] },
});
