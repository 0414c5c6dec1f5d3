import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';

export class DatabaseStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new rds.CfnDBCluster(this, 'Cluster', {
      engine: 'aurora-postgresql',
      masterUsername: 'reports',
      manageMasterUserPassword: true,
      backtrackWindow: 72,
    });
  }
}
