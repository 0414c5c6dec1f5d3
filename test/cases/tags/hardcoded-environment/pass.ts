import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const environment = new pulumi.Config().require('environment');

export const jobs = new aws.sqs.Queue('jobs', {
  tags: {
    Service: 'orders',
    Environment: environment,
  },
});
