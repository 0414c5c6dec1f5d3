import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const data = new aws.s3.Bucket('data', { forceDestroy: true });

export const objectsArn = pulumi.interpolate`${data.arn}/*`;

new aws.ssm.Parameter('data-objects', {
  type: 'String',
  value: pulumi.interpolate`${data.arn}/*`,
});
