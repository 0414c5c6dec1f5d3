import * as aws from '@pulumi/aws';

const image = aws.ssm.getParameterOutput({
  name: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
});

export const template = new aws.ec2.LaunchTemplate('web', {
  imageId: image.value,
  instanceType: 't3.micro',
});
