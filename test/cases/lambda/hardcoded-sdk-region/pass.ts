import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

// The function is created in us-east-1 by its provider; the client names the same region.
const provider = new aws.Provider('use1', { region: 'us-east-1' });

const handler = `
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const client = new DynamoDBClient({ region: 'us-east-1' });
exports.handler = async () => client.config.region();
`;

export const writer = new aws.lambda.Function(
  'writer',
  {
    role: new pulumi.Config().require('lambdaRoleArn'),
    runtime: 'nodejs22.x',
    handler: 'index.handler',
    code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(handler) }),
  },
  { provider },
);
