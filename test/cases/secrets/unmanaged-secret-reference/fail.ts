import * as aws from '@pulumi/aws';

// Nothing creates "orders/db-credentials": a fresh account fails here.
const db = aws.secretsmanager.getSecretVersionOutput({ secretId: 'orders/db-credentials' });

export const dbHost = new aws.ssm.Parameter('db-host', {
  type: 'String',
  value: db.secretString.apply((s) => JSON.parse(s).host),
});
