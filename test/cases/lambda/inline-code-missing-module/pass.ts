import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const role = new aws.iam.Role('processor-role', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
});

// Inline code beside an installed node_modules folder: the archive packages the dependency.
export const processor = new aws.lambda.Function('processor', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: role.arn,
  code: new pulumi.asset.AssetArchive({
    'index.js': new pulumi.asset.StringAsset(`
const { DynamoDBClient, PutItemCommand } = require('@aws-sdk/client-dynamodb');
const { v4: uuid } = require('uuid');
const client = new DynamoDBClient({});
exports.handler = async (event) => client.send(new PutItemCommand({ TableName: 'events', Item: { id: { S: uuid() } } }));
`),
    node_modules: new pulumi.asset.FileArchive('./node_modules'),
  }),
});
