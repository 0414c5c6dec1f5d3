import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

// Names and settings, no secret: Lambda's own encryption at rest is enough.
export const orders = new aws.lambda.Function('orders', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.FileArchive(path.join(__dirname, 'app')),
  environment: {
    variables: { TABLE_NAME: 'orders', LOG_LEVEL: 'info', KMS_KEY_ID: 'alias/orders', PARTITION_KEY: 'orderId' },
  },
});
