import * as aws from '@pulumi/aws';

const orders = aws.dynamodb.getTableOutput({ name: 'orders' });

export const ordersData = new aws.iam.Policy('orders-data', {
  policy: orders.arn.apply((tableArn) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
          Resource: [tableArn, `${tableArn}/index/*`],
        },
      ],
    }),
  ),
});
