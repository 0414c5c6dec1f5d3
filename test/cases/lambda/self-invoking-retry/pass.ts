import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

// A failure throws: Lambda retries the asynchronous event itself.
const handler = `
exports.handler = async (event) => {
  await process(event);
};
`;

export const processor = new aws.lambda.Function('processor', {
  role: new pulumi.Config().require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(handler) }),
});

const failed = new aws.sqs.Queue('processor-failed');

new aws.lambda.FunctionEventInvokeConfig('processor-retries', {
  functionName: processor.name,
  maximumRetryAttempts: 2,
  destinationConfig: { onFailure: { destination: failed.arn } },
});
