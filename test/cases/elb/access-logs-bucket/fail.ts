import * as aws from '@pulumi/aws';

const logs = new aws.s3.Bucket('alb-logs');

export const alb = new aws.lb.LoadBalancer('web', {
  loadBalancerType: 'application',
  subnets: ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'],
  accessLogs: { bucket: logs.id, enabled: true },
});
