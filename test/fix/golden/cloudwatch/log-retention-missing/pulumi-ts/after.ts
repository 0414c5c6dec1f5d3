import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export const logs = new aws.cloudwatch.LogGroup('app', {
  retentionInDays: 14,
  name: '/app/orders',
});
