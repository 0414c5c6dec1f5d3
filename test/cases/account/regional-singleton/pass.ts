import * as aws from '@pulumi/aws';

// The account's existing detector is looked up, not created.
export const detectorId = aws.guardduty.getDetectorOutput({}).id;
