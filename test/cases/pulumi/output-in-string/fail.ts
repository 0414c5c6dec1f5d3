import * as aws from '@pulumi/aws';

const uploads = new aws.s3.Bucket('uploads');

// uploads.arn is an Output: the template literal cannot read its value.
export const readUploads = new aws.iam.Policy('read-uploads', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: `${uploads.arn}/*` }],
  }),
});
