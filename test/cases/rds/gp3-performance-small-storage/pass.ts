import * as aws from '@pulumi/aws';

export const orders = new aws.rds.Instance('orders', {
  engine: 'mysql',
  instanceClass: 'db.t3.medium',
  allocatedStorage: 50,
  storageType: 'gp3',
  username: 'orders',
  manageMasterUserPassword: true,
});

export const archive = new aws.rds.Instance('archive', {
  engine: 'oracle-se2',
  licenseModel: 'license-included',
  instanceClass: 'db.m6i.large',
  allocatedStorage: 200,
  storageType: 'gp3',
  iops: 12000,
  username: 'archive',
  manageMasterUserPassword: true,
});
