import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

// The key for the data bucket.
export const key = new aws.kms.Key('data', {
  enableKeyRotation: true,
  description: 'Encrypts the data bucket',
  deletionWindowInDays: 7,
});
