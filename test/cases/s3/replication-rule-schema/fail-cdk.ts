import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class DocumentsStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new s3.CfnBucket(this, 'Documents', {
      versioningConfiguration: { status: 'Enabled' },
      replicationConfiguration: {
        role: 'arn:aws:iam::123456789012:role/replication',
        rules: [
          {
            status: 'Enabled',
            destination: {
              bucket: 'arn:aws:s3:::documents-replica-example',
              encryptionConfiguration: { replicaKmsKeyId: 'arn:aws:kms:us-west-2:123456789012:key/replica' },
            },
          },
        ],
      },
    });
  }
}
