import * as aws from '@pulumi/aws';

const vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });
const logGroup = new aws.cloudwatch.LogGroup('flow-logs', { retentionInDays: 30 });
const role = new aws.iam.Role('flow-logs', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'vpc-flow-logs.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
});

// CloudWatch Logs delivery is the one that takes a role.
export const flowLog = new aws.ec2.FlowLog('main', {
  vpcId: vpc.id,
  trafficType: 'ALL',
  logDestinationType: 'cloud-watch-logs',
  logDestination: logGroup.arn,
  iamRoleArn: role.arn,
});
