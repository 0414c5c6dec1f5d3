import * as aws from '@pulumi/aws';

export const key = new aws.kms.Key('logs', {
  description: 'Encrypts the application logs',
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: 'Everyone', Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }],
  }),
});
