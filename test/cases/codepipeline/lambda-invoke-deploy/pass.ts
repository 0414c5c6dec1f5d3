import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const artifactBucket = config.require('artifactBucket');

const app = new aws.codedeploy.Application('payments', { computePlatform: 'Lambda' });
const group = new aws.codedeploy.DeploymentGroup('payments', {
  appName: app.name,
  deploymentGroupName: 'payments-live',
  serviceRoleArn: config.require('codeDeployRoleArn'),
  deploymentConfigName: 'CodeDeployDefault.LambdaCanary10Percent5Minutes',
  deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
});

export const pipeline = new aws.codepipeline.Pipeline('release', {
  roleArn: config.require('pipelineRoleArn'),
  artifactStores: [{ location: artifactBucket, type: 'S3' }],
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'Source',
          category: 'Source',
          owner: 'AWS',
          provider: 'S3',
          version: '1',
          outputArtifacts: ['source'],
          configuration: { S3Bucket: artifactBucket, S3ObjectKey: 'payments.zip' },
        },
      ],
    },
    {
      // The release goes through the deployment group: traffic shifting and rollback.
      name: 'Deploy',
      actions: [
        {
          name: 'Deploy_Lambda',
          category: 'Deploy',
          owner: 'AWS',
          provider: 'CodeDeploy',
          version: '1',
          inputArtifacts: ['source'],
          configuration: { ApplicationName: app.name, DeploymentGroupName: group.deploymentGroupName },
        },
      ],
    },
  ],
});
