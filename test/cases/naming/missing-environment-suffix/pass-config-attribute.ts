import * as aws from '@pulumi/aws';

interface StackConfig {
  environmentSuffix: string;
}

export function storage(config: StackConfig) {
  return new aws.s3.Bucket('documents', {
    bucket: `acme-documents-${config.environmentSuffix}`,
  });
}
