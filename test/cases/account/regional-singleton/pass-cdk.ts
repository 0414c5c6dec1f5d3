import * as cdk from 'aws-cdk-lib';
import * as guardduty from 'aws-cdk-lib/aws-guardduty';
import { Construct } from 'constructs';

export class SecurityStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    // A filter on the account's existing detector, whose id comes in as context.
    new guardduty.CfnFilter(this, 'ArchiveLowSeverity', {
      detectorId: this.node.tryGetContext('detectorId'),
      name: 'archive-low',
      action: 'ARCHIVE',
      findingCriteria: { criterion: { severity: { lt: 4 } } },
    });
  }
}
