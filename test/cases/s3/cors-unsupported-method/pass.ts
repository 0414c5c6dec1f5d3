import * as aws from '@pulumi/aws';

const media = new aws.s3.Bucket('media', {});

export const cors = new aws.s3.BucketCorsConfiguration('media', {
  bucket: media.id,
  corsRules: [{ allowedMethods: ['GET', 'PUT'], allowedOrigins: ['https://example.com'] }],
});
