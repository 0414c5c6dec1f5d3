import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const environmentSuffix = new pulumi.Config().require('environmentSuffix');

const vpc = new aws.ec2.Vpc(`tenants-${environmentSuffix}`, { cidrBlock: '10.0.0.0/16' });

export const subnet = new aws.ec2.Subnet(`tenant-a-subnet-${environmentSuffix}`, {
  vpcId: vpc.id,
  cidrBlock: '10.0.1.0/24',
});
