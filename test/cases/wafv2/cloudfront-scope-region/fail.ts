import * as aws from '@pulumi/aws';

const provider = new aws.Provider('edge', { region: 'eu-west-1' });

export const acl = new aws.wafv2.WebAcl(
  'site',
  {
    scope: 'CLOUDFRONT',
    defaultAction: { allow: {} },
    visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: 'site-acl', sampledRequestsEnabled: true },
  },
  { provider },
);
