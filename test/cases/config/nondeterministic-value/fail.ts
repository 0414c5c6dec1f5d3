import * as aws from '@pulumi/aws';

// A new password on every `pulumi up`: the database's master password is reset by each deployment.
const password = Math.random().toString(36).slice(-16);

export const db = new aws.rds.Instance('orders', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'orders',
  password,
  skipFinalSnapshot: true,
});
