import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';

export class DatabaseStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new rds.CfnDBInstance(this, 'Database', {
      engine: 'mysql',
      dbInstanceClass: 'db.t3.medium',
      allocatedStorage: '100',
      storageType: 'gp3',
      iops: 3000,
      masterUsername: 'admin',
      manageMasterUserPassword: true,
    });
  }
}
