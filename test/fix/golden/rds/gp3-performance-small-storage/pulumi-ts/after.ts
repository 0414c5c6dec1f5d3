import * as aws from '@pulumi/aws';

export const orders = new aws.rds.Instance('orders', {
  engine: 'mysql',
  instanceClass: 'db.t3.medium',
  allocatedStorage: 50,
  storageType: 'gp3',
  username: 'orders',
  manageMasterUserPassword: true,
});
