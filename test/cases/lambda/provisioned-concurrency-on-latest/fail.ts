import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

const api = new aws.lambda.Function('orders-api', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.FileArchive('./build/api'),
});

new aws.lambda.ProvisionedConcurrencyConfig('orders-api', {
  functionName: api.name,
  qualifier: api.version, // "$LATEST": the function publishes no version
  provisionedConcurrentExecutions: 5,
});
