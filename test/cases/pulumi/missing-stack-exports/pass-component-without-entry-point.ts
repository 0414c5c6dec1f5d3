import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

// Only the component: the entry point that creates it (and exports the stack's outputs) is
// another file of the project, not part of what is checked.
export class StorageStack extends pulumi.ComponentResource {
  public readonly bucket: aws.s3.Bucket;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('tap:storage:StorageStack', name, {}, opts);
    this.bucket = new aws.s3.Bucket(`${name}-data`, {}, { parent: this });
    this.registerOutputs({ bucketName: this.bucket.bucket });
  }
}
