import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const data = new aws.s3.Bucket('data', {});

export const trail = new aws.cloudtrail.Trail('main', {
  s3BucketName: 'trail-logs-example',
  eventSelectors: [
    {
      readWriteType: 'All',
      dataResources: [{ type: 'AWS::S3::Object', values: [pulumi.interpolate`${data.arn}/`] }],
    },
  ],
});
