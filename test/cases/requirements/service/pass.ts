import * as aws from '@pulumi/aws';

const failedOrders = new aws.sqs.Queue('failed-orders', { namePrefix: 'failed-orders-' });

export const orders = new aws.sqs.Queue('orders', {
  namePrefix: 'orders-',
  redrivePolicy: failedOrders.arn.apply((arn) => JSON.stringify({ deadLetterTargetArn: arn, maxReceiveCount: 5 })),
});
