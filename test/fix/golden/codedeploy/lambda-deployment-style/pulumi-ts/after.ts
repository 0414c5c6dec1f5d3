import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const app = new aws.codedeploy.Application('api', { computePlatform: 'Lambda' });

export const group = new aws.codedeploy.DeploymentGroup('api', {
  deploymentStyle: {
    deploymentOption: 'WITH_TRAFFIC_CONTROL',
    deploymentType: 'BLUE_GREEN',
  },
  appName: app.name,
  deploymentGroupName: 'api',
  serviceRoleArn: 'arn:aws:iam::123456789012:role/codedeploy',
  deploymentConfigName: 'CodeDeployDefault.LambdaAllAtOnce',
});
