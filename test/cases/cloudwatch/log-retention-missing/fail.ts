import * as aws from '@pulumi/aws';

export const ordersLogs = new aws.cloudwatch.LogGroup('orders-logs', {
  name: '/aws/lambda/orders-api',
});
