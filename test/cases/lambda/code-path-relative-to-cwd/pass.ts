import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

export const processor = new aws.lambda.Function('file-processor', {
  role: config.require('lambdaRoleArn'),
  runtime: 'nodejs20.x',
  handler: 'index.handler',
  // Next to this file, wherever `pulumi up` runs from.
  code: new pulumi.asset.FileArchive(path.join(__dirname, 'lambda')),
});
