import * as aws from '@pulumi/aws';

export const orders = new aws.rds.Instance('orders', {
  engine: 'postgres',
  instanceClass: 'db.t3.medium',
  allocatedStorage: 20,
  username: 'orders',
  manageMasterUserPassword: true,
});
