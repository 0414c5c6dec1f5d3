import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

export class ApiStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LambdaFunction(this, 'api', {
      functionName: 'orders-api',
      role: 'arn:aws:iam::123456789012:role/api',
      runtime: 'nodejs18.x', // refused for new functions since 2026-06-01
      handler: 'index.handler',
      filename: 'build/api.zip',
    });
  }
}
