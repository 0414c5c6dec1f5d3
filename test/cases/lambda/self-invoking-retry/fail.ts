import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const handler = `
const { LambdaClient, InvokeCommand } = require('@aws-sdk/client-lambda');
const lambda = new LambdaClient({});

exports.handler = async (event, context) => {
  try {
    await process(event);
  } catch (err) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await lambda.send(new InvokeCommand({
      FunctionName: context.functionName,
      InvocationType: 'Event',
      Payload: JSON.stringify(event),
    }));
  }
};
`;

export const processor = new aws.lambda.Function('processor', {
  role: new pulumi.Config().require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(handler) }),
});
