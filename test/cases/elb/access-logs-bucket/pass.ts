import * as aws from '@pulumi/aws';

const logs = new aws.s3.Bucket('alb-logs');
const elbAccount = aws.elb.getServiceAccountOutput({});

const policy = new aws.s3.BucketPolicy('alb-logs-policy', {
  bucket: logs.id,
  policy: aws.iam.getPolicyDocumentOutput({
    statements: [
      {
        principals: [{ type: 'AWS', identifiers: [elbAccount.arn] }],
        actions: ['s3:PutObject'],
        resources: [logs.arn.apply((arn) => `${arn}/AWSLogs/*`)],
      },
    ],
  }).json,
});

export const alb = new aws.lb.LoadBalancer(
  'web',
  {
    loadBalancerType: 'application',
    subnets: ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'],
    accessLogs: { bucket: logs.id, enabled: true },
  },
  { dependsOn: [policy] },
);
