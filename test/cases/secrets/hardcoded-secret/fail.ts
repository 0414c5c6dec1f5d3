import * as aws from '@pulumi/aws';

export const orders = new aws.rds.Instance('orders', {
  engine: 'postgres',
  instanceClass: 'db.t4g.micro',
  allocatedStorage: 20,
  username: 'orders_admin',
  password: 'ChangeMe123!', // committed, and stored in clear text in the state
  skipFinalSnapshot: true,
});
