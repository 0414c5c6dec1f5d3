import * as aws from '@pulumi/aws';

export const rule = new aws.cloudwatch.EventRule('alerts', {
  eventBusName: 'crypto-events',
  scheduleExpression: 'rate(5 minutes)',
});
