import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

const payments = new aws.lambda.Function('payments', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.FileArchive(path.join(__dirname, 'app')),
  publish: true, // every change becomes a numbered version
});

export const live = new aws.lambda.Alias('live', {
  name: 'live',
  functionName: payments.name,
  functionVersion: payments.version,
});
