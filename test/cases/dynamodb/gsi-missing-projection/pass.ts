import * as aws from '@pulumi/aws';

export const orders = new aws.dynamodb.Table('orders', {
  name: 'orders',
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'orderId',
  attributes: [
    { name: 'orderId', type: 'S' },
    { name: 'customerId', type: 'S' },
  ],
  globalSecondaryIndexes: [{ name: 'by-customer', hashKey: 'customerId', projectionType: 'ALL' }],
});
