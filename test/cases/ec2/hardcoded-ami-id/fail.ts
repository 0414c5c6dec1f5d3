import * as aws from '@pulumi/aws';

export const template = new aws.ec2.LaunchTemplate('web', {
  imageId: 'ami-0123456789abcdef0',
  instanceType: 't3.micro',
});
