import * as aws from '@pulumi/aws';
import * as pulumi from '@pulumi/pulumi';

// The secret is managed elsewhere: its id is a stack setting.
const db = aws.secretsmanager.getSecretVersionOutput({
  secretId: new pulumi.Config().require('dbSecretId'),
});

export const dbHost = new aws.ssm.Parameter('db-host', {
  type: 'String',
  value: db.secretString.apply((s) => JSON.parse(s).host),
});
