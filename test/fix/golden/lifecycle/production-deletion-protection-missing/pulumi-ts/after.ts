import * as aws from '@pulumi/aws';

export const orders = new aws.rds.Instance('orders', {
  deletionProtection: true,
  engine: 'postgres',
  engineVersion: '16.4',
  instanceClass: 'db.r6g.large',
  allocatedStorage: 100,
  username: 'orders',
  manageMasterUserPassword: true,
  storageEncrypted: true,
  multiAz: true,
  backupRetentionPeriod: 14,
});
