import * as aws from '@pulumi/aws';

export const bucket = new aws.s3.Bucket('reports');

export const policy = new aws.s3.BucketPolicy('reports-policy', {
  bucket: bucket.id,
  policy: bucket.arn.apply((arn) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:root' },
          Action: 's3:GetObject',
          Resource: `${arn}/*`,
        },
      ],
    }),
  ),
});

export const listenerCertificate = new aws.lb.ListenerCertificate('api-cert', {
  listenerArn: 'arn:aws:elasticloadbalancing:us-east-1:210987654321:listener/app/api/50dc6c495c0c9188/f2f7dc8efc522ab2',
  certificateArn: 'arn:aws:acm:us-east-1:210987654321:certificate/<your-certificate-id>',
});
