import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

// The console's sample function: a greeting and nothing else.
export const orders = new aws.lambda.Function('orders', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.AssetArchive({
    'index.js': new pulumi.asset.StringAsset(`
      exports.handler = async (event) => ({ statusCode: 200, body: JSON.stringify('Hello from Lambda!') });
    `),
  }),
});
