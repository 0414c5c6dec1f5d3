import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const readerAccount = config.require('readerAccountId');

export const bucket = new aws.s3.Bucket('reports');

export const policy = new aws.s3.BucketPolicy('reports-policy', {
  bucket: bucket.id,
  policy: pulumi.all([bucket.arn, readerAccount]).apply(([arn, account]) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account}:root` },
          Action: 's3:GetObject',
          Resource: `${arn}/*`,
        },
      ],
    }),
  ),
});

export const listenerCertificate = new aws.lb.ListenerCertificate('api-cert', {
  listenerArn: config.require('listenerArn'),
  certificateArn: config.require('certificateArn'),
});
