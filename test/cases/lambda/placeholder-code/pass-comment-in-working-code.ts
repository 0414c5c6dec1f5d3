import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

export const orders = new aws.lambda.Function('orders', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  code: new pulumi.asset.AssetArchive({
    'index.js': new pulumi.asset.StringAsset(`
      const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
      const client = new DynamoDBClient({});
      exports.handler = async (event) => {
        // The order id is a placeholder until the payment service assigns one.
        await client.send(new PutItemCommand({ TableName: process.env.TABLE_NAME, Item: { id: { S: event.id } } }));
        return { statusCode: 200, body: 'OK' };
      };
    `),
  }),
});
