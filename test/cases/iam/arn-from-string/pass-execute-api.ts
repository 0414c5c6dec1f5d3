import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const api = new aws.apigatewayv2.Api('api', { name: 'orders-api', protocolType: 'HTTP' });

export const permission = new aws.lambda.Permission('api-invoke', {
  action: 'lambda:InvokeFunction',
  function: config.require('functionName'),
  principal: 'apigateway.amazonaws.com',
  sourceArn: pulumi.interpolate`${api.executionArn}/*/*`,
});
