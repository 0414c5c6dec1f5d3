import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

export class AlertsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new SnsTopic(this, 'alerts', { name: 'alerts', kmsMasterKeyId: 'alias/aws/sns' });
  }
}
