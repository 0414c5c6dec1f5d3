import * as aws from '@pulumi/aws';

const vault = new aws.backup.Vault('vault');

new aws.backup.Plan('plan', {
  rules: [
    {
      ruleName: 'daily',
      targetVaultName: vault.name,
      schedule: 'cron(0 5 * * ? *)',
      lifecycle: { coldStorageAfter: 7, deleteAfter: 35 },
    },
  ],
});
