import * as pulumi from '@pulumi/pulumi';
import { PaymentPipeline } from './pipeline.js';

const config = new pulumi.Config();
const environmentSuffix = config.require('environmentSuffix');

const pipeline = new PaymentPipeline('payment-pipeline', {
  environmentSuffix,
  githubOwner: config.require('githubOwner'),
  githubRepo: config.require('githubRepo'),
  githubBranch: config.get('githubBranch') ?? 'main',
  tags: { Project: 'payments', Environment: environmentSuffix },
});

export const functionName = pipeline.functionName;
export const aliasArn = pipeline.aliasArn;
export const pipelineName = pipeline.pipelineName;
// A new CodeStar connection starts PENDING: complete the GitHub handshake once in the console.
export const githubConnectionArn = pipeline.connectionArn;
