import * as aws from '@pulumi/aws';

const role = new aws.iam.Role('orders', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
});
const table = aws.dynamodb.getTableOutput({ name: 'orders' });

export const dynamoPolicy = new aws.iam.RolePolicy('orders-dynamodb', {
  role: role.id,
  policy: table.arn.apply((tableArn) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: tableArn }],
    }),
  ),
});
