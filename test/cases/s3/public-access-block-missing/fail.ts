import * as aws from '@pulumi/aws';

export const reports = new aws.s3.Bucket('reports');
