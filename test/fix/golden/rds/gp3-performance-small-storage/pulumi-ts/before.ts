import * as aws from '@pulumi/aws';

export const orders = new aws.rds.Instance('orders', {
  engine: 'mysql',
  instanceClass: 'db.t3.medium',
  allocatedStorage: 50,
  storageType: 'gp3',
  iops: 3000,
  username: 'orders',
  manageMasterUserPassword: true,
});
