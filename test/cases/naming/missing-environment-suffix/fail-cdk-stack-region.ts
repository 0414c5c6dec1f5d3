import * as cdk from 'aws-cdk-lib';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

interface AppStackProps extends cdk.StackProps {
  environmentSuffix: string;
}

export class AppStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, props);
    const primary = new cdk.Stack(this, 'PrimaryStack', { env: { region: 'us-east-1' } });
    this.createResources(primary, 'primary');
  }

  // The region of a stack is the same for every deployment to it: no suffix.
  private createResources(stack: cdk.Stack, role: string) {
    const nameSuffix = `${role}-${stack.region}`;
    new sns.Topic(stack, 'Alarms', { topicName: `prod-alarm-topic-${nameSuffix}` });
  }
}
