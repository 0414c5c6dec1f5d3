import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

export const orders = new aws.rds.Instance('orders', {
  engine: 'postgres',
  instanceClass: 'db.t4g.micro',
  allocatedStorage: 20,
  username: 'orders_admin',
  // Set with `pulumi config set --secret dbPassword`: encrypted in the config and the state.
  password: new pulumi.Config().requireSecret('dbPassword'),
  skipFinalSnapshot: true,
});
