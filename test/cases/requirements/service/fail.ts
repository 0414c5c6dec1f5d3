import * as aws from '@pulumi/aws';

export const orders = new aws.sns.Topic('orders', { namePrefix: 'orders-' });
