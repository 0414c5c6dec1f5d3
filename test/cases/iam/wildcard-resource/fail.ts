import * as aws from '@pulumi/aws';

export const ordersData = new aws.iam.Policy('orders-data', {
  policy: JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
        Resource: 'arn:aws:dynamodb:*:*:table/*',
      },
    ],
  }),
});
