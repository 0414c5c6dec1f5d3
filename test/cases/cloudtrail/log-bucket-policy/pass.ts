import * as aws from '@pulumi/aws';

const bucket = new aws.s3.Bucket('audit-logs');

const policy = new aws.s3.BucketPolicy('audit-logs-policy', {
  bucket: bucket.id,
  policy: bucket.arn.apply((arn) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:GetBucketAcl',
          Resource: arn,
        },
        {
          Effect: 'Allow',
          Principal: { Service: 'cloudtrail.amazonaws.com' },
          Action: 's3:PutObject',
          Resource: `${arn}/audit/AWSLogs/*`,
        },
      ],
    }),
  ),
});

export const trail = new aws.cloudtrail.Trail(
  'main',
  { s3BucketName: bucket.id, s3KeyPrefix: 'audit' },
  { dependsOn: [policy] },
);
