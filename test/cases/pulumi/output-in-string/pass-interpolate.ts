import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const uploads = new aws.s3.Bucket('uploads');

export const uploadsPrefix = new aws.ssm.Parameter('uploads-prefix', {
  type: 'String',
  value: pulumi.interpolate`${uploads.arn}/incoming/`,
});
