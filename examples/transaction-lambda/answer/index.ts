import * as pulumi from '@pulumi/pulumi';
import { TransactionProcessor } from './processor.js';

const config = new pulumi.Config();
const processor = new TransactionProcessor('transaction-processor', {
  environmentSuffix: config.get('environmentSuffix'),
  tags: { Team: 'payments', CostCenter: 'fintech' },
});

export const lambdaFunctionArn = processor.functionArn;
export const lambdaFunctionName = processor.functionName;
export const logGroupName = processor.logGroupName;
