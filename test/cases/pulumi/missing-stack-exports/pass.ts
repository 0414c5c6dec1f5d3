import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

class StorageStack extends pulumi.ComponentResource {
  public readonly bucket: aws.s3.Bucket;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:storage:StorageStack', name, {}, opts);
    this.bucket = new aws.s3.Bucket(`${name}-data`, {}, { parent: this });
    this.registerOutputs({ bucketName: this.bucket.bucket });
  }
}

const stack = new StorageStack('storage');
export const bucketName = stack.bucket.bucket;
