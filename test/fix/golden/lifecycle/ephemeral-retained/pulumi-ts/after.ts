import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const environment = pulumi.getStack(); // pr-123

export const orders = new aws.sqs.Queue('orders', { name: `orders-${environment}` }, { protect: false });

export const uploads = new aws.s3.Bucket(
  'uploads',
  { bucket: `uploads-${environment}`, forceDestroy: true },
  { retainOnDelete: false },
);
