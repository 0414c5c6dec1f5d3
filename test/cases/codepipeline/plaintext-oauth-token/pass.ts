import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
// Authorised once in the console; the pipeline holds no token.
const github = new aws.codestarconnections.Connection('github', { providerType: 'GitHub' });

export const pipeline = new aws.codepipeline.Pipeline('release', {
  roleArn: config.require('pipelineRoleArn'),
  artifactStores: [{ location: config.require('artifactBucket'), type: 'S3' }],
  stages: [
    {
      name: 'Source',
      actions: [
        {
          name: 'GitHub',
          category: 'Source',
          owner: 'AWS',
          provider: 'CodeStarSourceConnection',
          version: '1',
          outputArtifacts: ['source'],
          configuration: { ConnectionArn: github.arn, FullRepositoryId: 'acme/payments', BranchName: 'main' },
        },
      ],
    },
    {
      name: 'Build',
      actions: [
        {
          name: 'Build',
          category: 'Build',
          owner: 'AWS',
          provider: 'CodeBuild',
          version: '1',
          inputArtifacts: ['source'],
          configuration: { ProjectName: 'payments-build' },
        },
      ],
    },
  ],
});
