import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();

const api = new aws.lambda.Function('orders-api', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.FileArchive('./build/api'),
  publish: true,
});

// The alias follows each published version.
const live = new aws.lambda.Alias('orders-api-live', {
  name: 'live',
  functionName: api.name,
  functionVersion: api.version,
});

new aws.lambda.ProvisionedConcurrencyConfig('orders-api', {
  functionName: api.name,
  qualifier: live.name,
  provisionedConcurrentExecutions: 5,
});
