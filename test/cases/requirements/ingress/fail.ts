import * as aws from '@pulumi/aws';

const vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });

export const web = new aws.ec2.SecurityGroup('web', {
  vpcId: vpc.id,
  ingress: [
    { fromPort: 443, toPort: 443, protocol: 'tcp', cidrBlocks: ['0.0.0.0/0'] },
    { fromPort: 80, toPort: 80, protocol: 'tcp', cidrBlocks: ['0.0.0.0/0'] },
  ],
});
