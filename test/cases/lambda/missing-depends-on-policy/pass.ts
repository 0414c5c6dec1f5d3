import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const config = new pulumi.Config();

const role = new aws.iam.Role('orders', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
});

const dynamoAccess = new aws.iam.RolePolicyAttachment('orders-dynamodb', {
  role: role.name,
  policyArn: config.require('ordersTablePolicyArn'),
});

export const orders = new aws.lambda.Function(
  'orders',
  {
    role: role.arn,
    runtime: 'nodejs20.x',
    handler: 'index.handler',
    code: new pulumi.asset.FileArchive(path.join(__dirname, 'app')),
  },
  // The role is usable only once its policy is attached.
  { dependsOn: [dynamoAccess] },
);
