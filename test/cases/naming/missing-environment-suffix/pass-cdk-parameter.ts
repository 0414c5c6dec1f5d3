import * as cdk from 'aws-cdk-lib';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export class AlertsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    // The suffix is a template parameter: each deployment gives its own.
    const environmentSuffix = new cdk.CfnParameter(this, 'EnvironmentSuffix', { type: 'String' });
    const suffix = environmentSuffix.valueAsString;
    new sns.Topic(this, 'Alerts', { topicName: `compliance-alerts-${suffix}` });
  }
}
