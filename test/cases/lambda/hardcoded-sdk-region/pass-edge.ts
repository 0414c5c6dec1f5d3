import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

// A Lambda@Edge viewer-request function runs in the region nearest the viewer: it names the table's region.
const handler = `
const AWS = require('aws-sdk');
const licenses = new AWS.DynamoDB.DocumentClient({ region: 'us-east-1' });

exports.handler = async (event) => {
  const request = event.Records[0].cf.request;
  const found = await licenses.get({ TableName: 'licenses', Key: { id: request.uri } }).promise();
  return found.Item ? request : { status: '403' };
};
`;

export const edge = new aws.lambda.Function('license-check', {
  role: new pulumi.Config().require('edgeRoleArn'),
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  publish: true,
  code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset(handler) }),
});
