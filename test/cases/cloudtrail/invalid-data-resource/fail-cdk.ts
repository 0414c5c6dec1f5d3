import * as cdk from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import { Construct } from 'constructs';

export class AuditStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new cloudtrail.CfnTrail(this, 'Trail', {
      isLogging: true,
      s3BucketName: 'trail-logs-example',
      eventSelectors: [{ dataResources: [{ type: 'AWS::S3::Object', values: ['arn:aws:s3:::*/*'] }] }],
    });
  }
}
