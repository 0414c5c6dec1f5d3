import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export class MediaStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new s3.CfnBucket(this, 'Media', {
      corsConfiguration: {
        corsRules: [{ allowedMethods: ['GET'], allowedOrigins: ['https://example.com'] }],
      },
    });
  }
}
