import * as aws from '@pulumi/aws';

const alerts = new aws.sns.Topic('worker-failed');

const role = new aws.iam.Role('worker-role', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }],
  }),
  managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
});

new aws.lambda.Function('worker', {
  role: role.arn,
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: new aws.asset.FileArchive('./worker'),
  deadLetterConfig: { targetArn: alerts.arn },
});
