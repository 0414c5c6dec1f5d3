import * as aws from '@pulumi/aws';

export const rootAccessKey = new aws.cfg.Rule('root-access-key-check', {
  source: { owner: 'AWS', sourceIdentifier: 'IAM_ROOT_ACCESS_KEY_CHECK' },
});
