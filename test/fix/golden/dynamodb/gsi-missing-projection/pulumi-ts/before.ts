import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

export const users = new aws.dynamodb.Table('users', {
  billingMode: 'PAY_PER_REQUEST',
  hashKey: 'id',
  attributes: [
    { name: 'id', type: 'S' },
    { name: 'email', type: 'S' },
  ],
  globalSecondaryIndexes: [
    {
      name: 'email-index',
      hashKey: 'email',
    },
  ],
});
