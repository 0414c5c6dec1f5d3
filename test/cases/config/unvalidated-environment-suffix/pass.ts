import * as aws from '@pulumi/aws';

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';
// Bucket names are lowercase and at most 63 characters: refuse a bad suffix up front.
if (!/^[a-z0-9-]{1,20}$/.test(environmentSuffix)) {
  throw new Error(`ENVIRONMENT_SUFFIX must be 1-20 lowercase letters, digits or hyphens, got '${environmentSuffix}'`);
}

export const artifacts = new aws.s3.Bucket('artifacts', {
  bucket: `pipeline-artifacts-${environmentSuffix}`,
});

export const ordersTable = new aws.dynamodb.Table('orders', {
  name: `orders-${environmentSuffix}`,
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'orderId',
  attributes: [{ name: 'orderId', type: 'S' }],
});
