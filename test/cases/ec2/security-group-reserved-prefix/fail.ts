import * as aws from '@pulumi/aws';

export const web = new aws.ec2.SecurityGroup('web', {
  name: 'sg-web',
  description: 'Web tier',
});
