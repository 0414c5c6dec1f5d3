import * as aws from '@pulumi/aws';

const environmentSuffix = process.env.ENVIRONMENT_SUFFIX || 'dev';

const flowLogs = new aws.s3.Bucket(`flow-logs-${environmentSuffix}`, {
  bucket: `flow-logs-${environmentSuffix}`,
});

new aws.ec2.FlowLog(`vpc-flow-log-${environmentSuffix}`, {
  vpcId: 'vpc-0abc',
  trafficType: 'ALL',
  logDestinationType: 's3',
  logDestination: flowLogs.arn,
});
