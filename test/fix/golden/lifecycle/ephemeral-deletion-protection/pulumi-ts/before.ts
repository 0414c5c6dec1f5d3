import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const environment = pulumi.getStack(); // pr-123

export const orders = new aws.dynamodb.Table('orders', {
  name: `orders-${environment}`,
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'orderId',
  attributes: [{ name: 'orderId', type: 'S' }],
  deletionProtectionEnabled: true,
});
