import * as aws from '@pulumi/aws';

const api = new aws.apigateway.RestApi('api', { name: 'orders' });
const orders = new aws.apigateway.Resource('orders', {
  restApi: api.id,
  parentId: api.rootResourceId,
  pathPart: 'orders',
});
const post = new aws.apigateway.Method('post', {
  restApi: api.id,
  resourceId: orders.id,
  httpMethod: 'POST',
  authorization: 'NONE',
});
export const integration = new aws.apigateway.Integration('post', {
  restApi: api.id,
  resourceId: orders.id,
  httpMethod: post.httpMethod,
  type: 'MOCK',
});
const ok = new aws.apigateway.MethodResponse('ok', {
  restApi: api.id,
  resourceId: orders.id,
  httpMethod: post.httpMethod,
  statusCode: '200',
});
export const response = new aws.apigateway.IntegrationResponse('ok', {
  restApi: api.id,
  resourceId: orders.id,
  httpMethod: post.httpMethod,
  statusCode: ok.statusCode,
});
