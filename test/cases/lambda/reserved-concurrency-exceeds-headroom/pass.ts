import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

export const worker = new aws.lambda.Function('orders-worker', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.FileArchive('./build/worker'),
  reservedConcurrentExecutions: 10,
});
