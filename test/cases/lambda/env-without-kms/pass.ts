import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

const envKey = new aws.kms.Key('orders-env', {
  description: "Encrypts the orders function's environment",
  enableKeyRotation: true,
});

export const orders = new aws.lambda.Function('orders', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.FileArchive(path.join(__dirname, 'app')),
  kmsKeyArn: envKey.arn,
  environment: {
    variables: { TABLE_NAME: 'orders', DATABASE_URL: 'postgresql://orders-db.internal:5432/orders' },
  },
});
