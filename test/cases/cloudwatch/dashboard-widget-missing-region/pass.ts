import * as aws from '@pulumi/aws';

export const dashboard = new aws.cloudwatch.Dashboard('orders', {
  dashboardName: 'orders',
  dashboardBody: JSON.stringify({
    widgets: [
      {
        type: 'log',
        width: 24,
        height: 6,
        properties: {
          title: 'Recent errors',
          region: aws.config.region,
          query: "SOURCE '/aws/lambda/orders' | filter @message like /ERROR/",
        },
      },
    ],
  }),
});
