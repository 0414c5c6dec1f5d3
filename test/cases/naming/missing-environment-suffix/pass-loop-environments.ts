import * as aws from '@pulumi/aws';

// One program deploys every environment: the loop's item is in each name.
const environments = ['dev', 'prod'];
for (const stage of environments) {
  new aws.s3.Bucket(`data-${stage}`, { bucket: `acme-data-${stage}` });
}
