import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const data = new aws.s3.Bucket('data', { forceDestroy: true });

export const objectsArn = `${data.arn}/*`;

new aws.ssm.Parameter('data-objects', {
  type: 'String',
  value: `${data.arn}/*`,
});
