import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const githubToken = process.env.GITHUB_TOKEN || '';

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
          owner: 'ThirdParty',
          provider: 'GitHub',
          version: '1',
          outputArtifacts: ['source'],
          configuration: { Owner: 'acme', Repo: 'payments', Branch: 'main', OAuthToken: githubToken },
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
