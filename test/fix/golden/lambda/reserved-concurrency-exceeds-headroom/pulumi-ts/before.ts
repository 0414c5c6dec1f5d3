import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const role = new aws.iam.Role('api', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
});

export const api = new aws.lambda.Function('api', {
  role: role.arn,
  handler: 'index.handler',
  runtime: 'nodejs20.x',
  code: new pulumi.asset.FileArchive(`${__dirname}/app`),
  reservedConcurrentExecutions: 500,
});

const apiLogs = new aws.cloudwatch.LogGroup('api-logs', {
  name: pulumi.interpolate`/aws/lambda/${api.name}`,
  retentionInDays: 14,
});
