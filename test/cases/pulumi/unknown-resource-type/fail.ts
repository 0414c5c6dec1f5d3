import * as aws from '@pulumi/aws';

export const logs = new aws.logs.LogGroup('app', { retentionInDays: 14 });
