import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export class ProcessorStack extends cdk.Stack {
  constructor(scope: Construct, id: string, roleArn: string) {
    super(scope, id);
    new lambda.CfnFunction(this, 'Processor', {
      runtime: 'python3.13',
      handler: 'index.handler',
      role: roleArn,
      code: { zipFile: 'def handler(event, context):\n    return event\n' },
      environment: { variables: { AWS_REGION: this.region, TABLE_NAME: 'orders' } },
    });
  }
}
