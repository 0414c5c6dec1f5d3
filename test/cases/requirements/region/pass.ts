import * as aws from '@pulumi/aws';

const provider = new aws.Provider('regional', { region: 'eu-west-1' });

export const exports = new aws.s3.BucketV2('exports', { bucketPrefix: 'order-exports-' }, { provider });
