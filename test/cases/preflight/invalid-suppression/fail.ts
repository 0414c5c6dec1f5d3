import * as aws from '@pulumi/aws';

// preflight-ignore iam/wildcard-action
export const breakGlass = new aws.iam.Policy('break-glass', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  }),
});
