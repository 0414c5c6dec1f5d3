import * as aws from '@pulumi/aws';

export const orders = new aws.dynamodb.Table('orders', {
  name: 'orders',
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'orderId',
  attributes: [{ name: 'orderId', type: 'S' }],
  pointInTimeRecovery: { enabled: true },
});

export const payments = new aws.dynamodb.Table('payments', {
  name: 'payments',
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'paymentId',
  attributes: [{ name: 'paymentId', type: 'S' }],
  pointInTimeRecovery: { enabled: true },
});
