import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

const app = new aws.codedeploy.Application('payments', { computePlatform: 'Lambda' });

export const deploymentGroup = new aws.codedeploy.DeploymentGroup('payments', {
  appName: app.name,
  deploymentGroupName: 'payments-live',
  serviceRoleArn: config.require('codeDeployRoleArn'),
  deploymentConfigName: 'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
  autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
});
