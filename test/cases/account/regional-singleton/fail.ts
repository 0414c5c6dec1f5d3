import * as aws from '@pulumi/aws';

// GuardDuty allows one detector per region and account.
export const detector = new aws.guardduty.Detector('detector', { enable: true });
