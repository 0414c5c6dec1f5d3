import * as aws from '@pulumi/aws';

export const logs = new aws.cloudwatch.LogGroup('app', { retentionInDays: 14 });
