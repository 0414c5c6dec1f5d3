import * as aws from '@pulumi/aws';

export const web = new aws.ec2.SecurityGroup('web', {
  name: 'web-sg',
  description: 'Web tier',
});
