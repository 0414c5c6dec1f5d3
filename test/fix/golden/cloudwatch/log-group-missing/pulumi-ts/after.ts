import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const environmentSuffix = config.require('environmentSuffix');

const role = new aws.iam.Role('api', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
});

const apiLogGroup = new aws.cloudwatch.LogGroup('api-logs', {
  name: `/aws/lambda/api-${environmentSuffix}`,
  retentionInDays: 14,
});

// The API handler.
export const api = new aws.lambda.Function('api', {
  loggingConfig: {
    logFormat: 'Text',
    logGroup: apiLogGroup.name,
  },
  name: `api-${environmentSuffix}`,
  role: role.arn,
  handler: 'index.handler',
  runtime: 'nodejs20.x',
  code: new pulumi.asset.FileArchive(`${__dirname}/app`),
});
