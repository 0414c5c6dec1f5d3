import * as cdk from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export class AuditStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const trailLogs = new logs.LogGroup(this, 'TrailLogs');
    new cloudtrail.Trail(this, 'Trail', {
      sendToCloudWatchLogs: true,
      cloudWatchLogsGroup: trailLogs,
    });
  }
}
