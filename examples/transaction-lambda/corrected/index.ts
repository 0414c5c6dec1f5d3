import * as pulumi from '@pulumi/pulumi';
import { TransactionProcessor } from './processor.js';

const config = new pulumi.Config();
const processor = new TransactionProcessor('transaction-processor', {
  environmentSuffix: config.require('environmentSuffix'),
  environment: config.require('environment'),
  reservedConcurrency: config.getNumber('reservedConcurrency'),
  tags: { Team: 'payments', CostCenter: 'fintech' },
});

export const lambdaFunctionArn = processor.functionArn;
export const lambdaFunctionName = processor.functionName;
export const lambdaVersion = processor.version;
export const lambdaAliasArn = processor.aliasArn;
export const logGroupName = processor.logGroupName;
export const apiKeySecretArn = processor.apiKeySecretArn;
