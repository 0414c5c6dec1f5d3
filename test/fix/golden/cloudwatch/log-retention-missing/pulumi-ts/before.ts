import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export const logs = new aws.cloudwatch.LogGroup('app', {
  name: '/app/orders',
});
