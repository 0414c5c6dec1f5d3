import * as aws from '@pulumi/aws';

// preflight-ignore iam/wildcard-action: break-glass policy, attached only during incidents (SEC-142)
export const breakGlass = new aws.iam.Policy('break-glass', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  }),
});
