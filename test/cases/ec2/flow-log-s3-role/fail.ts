import * as aws from '@pulumi/aws';

const vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });
const bucket = new aws.s3.Bucket('flow-logs', {});
const role = new aws.iam.Role('flow-logs', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'vpc-flow-logs.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
});

export const flowLog = new aws.ec2.FlowLog('main', {
  vpcId: vpc.id,
  trafficType: 'ALL',
  logDestinationType: 's3',
  logDestination: bucket.arn,
  iamRoleArn: role.arn,
});
