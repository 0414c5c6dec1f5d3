import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export class NetworkStack extends cdk.Stack {
  constructor(scope: Construct, id: string, vpcId: string, bucketArn: string, roleArn: string) {
    super(scope, id);
    new ec2.CfnFlowLog(this, 'FlowLog', {
      resourceId: vpcId,
      resourceType: 'VPC',
      trafficType: 'ALL',
      logDestinationType: 's3',
      logDestination: bucketArn,
      deliverLogsPermissionArn: roleArn,
    });
  }
}
