import * as cdk from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import { Construct } from 'constructs';

interface ApiStackProps extends cdk.StackProps {
  environmentSuffix: string;
}

export class ApiStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const api = new apigateway.RestApi(this, 'Api', { restApiName: `payments-${props.environmentSuffix}` });
    api.root.addMethod('GET');
    // Usage plans are told apart by a generated ID: a second deployment creates another plan of the same name.
    new apigateway.UsagePlan(this, 'Basic', {
      name: 'payment-api-basic',
      apiStages: [{ api, stage: api.deploymentStage }],
    });
  }
}
