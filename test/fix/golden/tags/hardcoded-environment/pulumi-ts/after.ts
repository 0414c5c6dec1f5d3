import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const environment = config.require('environment');

export const queue = new aws.sqs.Queue('jobs', {
  name: `jobs-${environment}`,
  tags: { Environment: environment },
});
