import * as aws from '@pulumi/aws';

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';

export const artifacts = new aws.s3.Bucket('artifacts', {
  bucket: `pipeline-artifacts-${environmentSuffix}`,
});

export const ordersTable = new aws.dynamodb.Table('orders', {
  name: `orders-${environmentSuffix}`,
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'orderId',
  attributes: [{ name: 'orderId', type: 'S' }],
});
