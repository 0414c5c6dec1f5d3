import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

// The greeting is the answer of a small API: the handler reads the request it gets.
export const hello = new aws.lambda.Function('hello', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.AssetArchive({
    'index.js': new pulumi.asset.StringAsset(`
      exports.handler = async (event) => ({
        statusCode: 200,
        body: JSON.stringify({ message: 'Hello from Lambda!', path: event.path }),
      });
    `),
  }),
});
