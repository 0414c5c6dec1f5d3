import * as aws from '@pulumi/aws';
import * as random from '@pulumi/random';

// Generated once and kept in state.
const password = new random.RandomPassword('orders-db', { length: 16, special: false });

export const db = new aws.rds.Instance('orders', {
  engine: 'postgres',
  instanceClass: 'db.t3.micro',
  allocatedStorage: 20,
  username: 'orders',
  password: password.result,
  skipFinalSnapshot: true,
});
