import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();
const environmentSuffix = config.require('environmentSuffix');

// The name of a detector feature is the feature it turns on, one of a fixed set: not a name the program picks.
new aws.guardduty.DetectorFeature(`malware-protection-${environmentSuffix}`, {
  detectorId: config.require('detectorId'),
  name: 'EBS_MALWARE_PROTECTION',
  status: 'ENABLED',
});
