import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

export const dbSecurityGroup = new aws.ec2.SecurityGroup('db', {
  vpcId: config.require('vpcId'),
  description: 'PostgreSQL',
  ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: ['0.0.0.0/0'] }],
});
