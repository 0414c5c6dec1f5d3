import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export const jobs = new aws.sqs.Queue('jobs', {
  visibilityTimeoutSeconds: 60,
  messageRetentionSeconds: 86400,
});
