import * as aws from '@pulumi/aws';

const uploads = new aws.s3.Bucket('uploads');

// Build the document once the ARN is known.
export const readUploads = new aws.iam.Policy('read-uploads', {
  policy: uploads.arn.apply((arn) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `${arn}/*` }],
    }),
  ),
});
