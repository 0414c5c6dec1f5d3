import * as cdk from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class SecretsStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const secret = new secretsmanager.Secret(this, 'DatabaseSecret');
    secret.addRotationSchedule('Rotation', {
      automaticallyAfter: cdk.Duration.days(30),
    });
  }
}
