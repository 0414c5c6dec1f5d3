import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const config = new pulumi.Config();
const environmentSuffix = config.require('environmentSuffix');

// Load balancer names are limited to 32 characters; the constant part alone has 34.
export const api = new aws.lb.LoadBalancer('api', {
  name: `payments-api-application-balancer-${environmentSuffix}`,
  loadBalancerType: 'application',
  subnets: config.requireObject<string[]>('publicSubnetIds'),
});
