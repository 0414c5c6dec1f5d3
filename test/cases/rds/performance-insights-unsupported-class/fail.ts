import * as aws from '@pulumi/aws';

export const orders = new aws.rds.Instance('orders', {
  engine: 'mariadb',
  instanceClass: 'db.t4g.micro',
  allocatedStorage: 20,
  username: 'orders',
  manageMasterUserPassword: true,
  performanceInsightsEnabled: true,
});
