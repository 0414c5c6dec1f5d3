import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

const environmentSuffix = new pulumi.Config().require('environmentSuffix');

export const uploads = new aws.s3.Bucket('uploads', { bucket: `orders-uploads-${environmentSuffix}` });

// Without an explicit name, Pulumi appends a random suffix to the logical name.
export const jobs = new aws.sqs.Queue('jobs');
