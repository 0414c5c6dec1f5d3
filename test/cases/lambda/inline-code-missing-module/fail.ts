import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const role = new aws.iam.Role('processor-role', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
});

export const processor = new aws.lambda.Function('processor', {
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  role: role.arn,
  code: new pulumi.asset.AssetArchive({
    'index.js': new pulumi.asset.StringAsset(`
const AWS = require('aws-sdk');
const dynamo = new AWS.DynamoDB.DocumentClient();
exports.handler = async (event) => dynamo.put({ TableName: 'events', Item: event }).promise();
`),
  }),
});
