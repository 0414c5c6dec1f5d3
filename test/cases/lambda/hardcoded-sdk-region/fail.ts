import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const handler = `
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const client = new DynamoDBClient({ region: 'us-east-1' });

exports.handler = async (event) => {
  await client.send(new PutItemCommand({ TableName: process.env.TABLE_NAME, Item: { id: { S: event.id } } }));
};
`;

const table = new aws.dynamodb.Table('orders', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [{ name: 'id', type: 'S' }],
});

export const writer = new aws.lambda.Function('writer', {
  role: new pulumi.Config().require('lambdaRoleArn'),
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(handler) }),
  environment: { variables: { TABLE_NAME: table.name } },
});
