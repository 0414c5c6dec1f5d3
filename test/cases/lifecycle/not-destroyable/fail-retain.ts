import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const environmentSuffix = config.require('environmentSuffix');

export const uploads = new aws.s3.Bucket(
  `uploads-${environmentSuffix}`,
  { bucket: `uploads-${environmentSuffix}`, forceDestroy: true },
  { retainOnDelete: true },
);
