import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

export const payments = new aws.lambda.Function('payments', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.FileArchive('./app'),
  memorySize: 1024,
});

export const logs = new aws.cloudwatch.LogGroup('payments-logs', {
  name: '/aws/lambda/payments',
  retentionInDays: 14,
});
