import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const environmentSuffix = config.require('environmentSuffix');

export const queue = new aws.sqs.Queue('orders', { name: `orders-${environmentSuffix}` });
