import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const vpc = aws.ec2.getVpcOutput({ id: config.require('vpcId') });

export const dbSecurityGroup = new aws.ec2.SecurityGroup('db', {
  vpcId: vpc.id,
  description: 'PostgreSQL',
  // Only from inside the VPC, where the application runs.
  ingress: [{ protocol: 'tcp', fromPort: 5432, toPort: 5432, cidrBlocks: [vpc.cidrBlock] }],
});
