import * as aws from '@pulumi/aws';

export const orders = new aws.dynamodb.Table('orders', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'orderId',
  rangeKey: 'createdAt',
  attributes: [{ name: 'orderId', type: 'S' }],
});
