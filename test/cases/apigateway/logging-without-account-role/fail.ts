import * as aws from '@pulumi/aws';

const api = new aws.apigateway.RestApi('orders', { name: 'orders-api' });

export const settings = new aws.apigateway.MethodSettings('all', {
  restApi: api.id,
  stageName: 'prod',
  methodPath: '*/*',
  settings: { metricsEnabled: true, loggingLevel: 'ERROR' },
});
