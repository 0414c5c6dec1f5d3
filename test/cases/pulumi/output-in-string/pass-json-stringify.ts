import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const uploads = new aws.s3.Bucket('uploads');

// pulumi.jsonStringify waits for the Outputs inside the document.
export const readUploads = new aws.iam.Policy('read-uploads', {
  policy: pulumi.jsonStringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: pulumi.interpolate`${uploads.arn}/*` }],
  }),
});
