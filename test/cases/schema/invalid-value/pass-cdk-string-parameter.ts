import * as cdk from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

// A String parameter: what CloudFormation creates (a secret belongs in Secrets Manager).
export class ConfigStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    new ssm.StringParameter(this, 'ApiEndpoint', {
      parameterName: `/orders/${this.stackName}/api-endpoint`,
      stringValue: 'https://api.example.com',
      type: ssm.ParameterType.STRING,
    });
  }
}
