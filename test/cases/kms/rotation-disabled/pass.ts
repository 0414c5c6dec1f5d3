import * as aws from '@pulumi/aws';

export const key = new aws.kms.Key('data', {
  description: 'Encrypts the orders table',
  enableKeyRotation: true,
});
