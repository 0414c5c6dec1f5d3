import * as aws from '@pulumi/aws';

const logs = new aws.s3.Bucket('cdn-logs');
const ownership = new aws.s3.BucketOwnershipControls('cdn-logs-ownership', {
  bucket: logs.id,
  rule: { objectOwnership: 'BucketOwnerPreferred' },
});

export const cdn = new aws.cloudfront.Distribution(
  'cdn',
  {
    enabled: true,
    origins: [{ domainName: 'example-origin.s3.amazonaws.com', originId: 'site' }],
    defaultCacheBehavior: {
      allowedMethods: ['GET', 'HEAD'],
      cachedMethods: ['GET', 'HEAD'],
      targetOriginId: 'site',
      viewerProtocolPolicy: 'redirect-to-https',
      cachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
    },
    loggingConfig: { bucket: logs.bucketDomainName, prefix: 'cdn/' },
    restrictions: { geoRestriction: { restrictionType: 'none' } },
    viewerCertificate: { cloudfrontDefaultCertificate: true },
  },
  { dependsOn: [ownership] },
);
