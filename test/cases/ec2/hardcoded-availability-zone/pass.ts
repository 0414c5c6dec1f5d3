import * as aws from '@pulumi/aws';

const zones = aws.getAvailabilityZonesOutput({ state: 'available' });
const vpc = new aws.ec2.Vpc('main', { cidrBlock: '10.0.0.0/16' });

export const privateA = new aws.ec2.Subnet('private-a', {
  vpcId: vpc.id,
  cidrBlock: '10.0.1.0/24',
  availabilityZone: zones.names[0],
});
