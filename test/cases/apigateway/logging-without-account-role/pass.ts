import * as aws from '@pulumi/aws';

const logsRole = new aws.iam.Role('apiGatewayLogs', {
  assumeRolePolicy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'sts:AssumeRole' }],
  }),
  managedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs'],
});

const account = new aws.apigateway.Account('account', { cloudwatchRoleArn: logsRole.arn });

const api = new aws.apigateway.RestApi('orders', { name: 'orders-api' });

export const settings = new aws.apigateway.MethodSettings(
  'all',
  {
    restApi: api.id,
    stageName: 'prod',
    methodPath: '*/*',
    settings: { metricsEnabled: true, loggingLevel: 'ERROR' },
  },
  { dependsOn: [account] },
);
