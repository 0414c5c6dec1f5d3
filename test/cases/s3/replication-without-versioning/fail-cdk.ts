import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class StorageStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const replica = new s3.CfnBucket(this, 'Replica', {});
    new s3.CfnBucket(this, 'Source', {
      versioningConfiguration: { status: 'Enabled' },
      replicationConfiguration: {
        role: 'arn:aws:iam::123456789012:role/replication',
        rules: [{ status: 'Enabled', destination: { bucket: replica.attrArn } }],
      },
    });
  }
}
