import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const uploads = new aws.s3.Bucket('uploads', { bucket: 'acme-uploads' });

export const permission = new aws.lambda.Permission('uploads', {
  action: 'lambda:InvokeFunction',
  function: config.require('functionName'),
  principal: 's3.amazonaws.com',
  sourceArn: pulumi.interpolate`arn:aws:s3:::${uploads.id}`,
});
