import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const environment = pulumi.getStack(); // pr-123

// Integration tests upload reports here and push the images they build.
export const testReports = new aws.s3.Bucket('test-reports', {
  bucket: `test-reports-${environment}`,
});

export const api = new aws.ecr.Repository('api', { name: `api-${environment}` });
