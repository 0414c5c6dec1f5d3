import * as aws from '@pulumi/aws';

const role = new aws.iam.Role('orders', {
  assumeRolePolicy: aws.iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }),
});
const table = aws.dynamodb.getTableOutput({ name: 'orders' });

const dynamoPolicy = new aws.iam.Policy('orders-dynamodb', {
  policy: table.arn.apply((tableArn) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem'], Resource: tableArn }],
    }),
  ),
});

export const dynamoAttachment = new aws.iam.RolePolicyAttachment('orders-dynamodb', {
  role: role.name,
  policyArn: dynamoPolicy.arn,
});
