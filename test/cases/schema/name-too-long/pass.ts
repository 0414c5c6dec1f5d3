import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = config.require('environmentSuffix');

export const api = new aws.lb.LoadBalancer('api', {
  name: `payments-api-${environmentSuffix}`,
  loadBalancerType: 'application',
  subnets: config.requireObject<string[]>('publicSubnetIds'),
});
