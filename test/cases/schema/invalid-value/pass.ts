import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

export const api = new aws.lambda.Function('orders-api', {
  role: new pulumi.Config().require('lambdaRoleArn'),
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: new pulumi.asset.FileArchive('./build/api'),
});

new aws.cloudwatch.LogGroup('orders-api', {
  name: pulumi.interpolate`/aws/lambda/${api.name}`,
  retentionInDays: 30,
});
