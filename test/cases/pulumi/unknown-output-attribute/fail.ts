import * as aws from '@pulumi/aws';

const queue = new aws.sqs.Queue('orders');

export const queueUrl = queue.queueUrl;
