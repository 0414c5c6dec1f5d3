import * as aws from '@pulumi/aws';

const bucket = new aws.s3.Bucket('audit-logs');

// Only a TLS-only deny: CloudTrail is granted nothing.
const policy = new aws.s3.BucketPolicy('audit-logs-policy', {
  bucket: bucket.id,
  policy: bucket.arn.apply((arn) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [arn, `${arn}/*`],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    }),
  ),
});

export const trail = new aws.cloudtrail.Trail('main', { s3BucketName: bucket.id }, { dependsOn: [policy] });
