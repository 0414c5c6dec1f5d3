import json

import pulumi_aws as aws

dashboard = aws.cloudwatch.Dashboard(
    "orders",
    dashboard_name="orders",
    dashboard_body=json.dumps(
        {
            "widgets": [
                {
                    "type": "metric",
                    "width": 12,
                    "height": 6,
                    "properties": {
                        "title": "Queue depth",
                        "metrics": [["AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName", "orders"]],
                        "stat": "Maximum",
                        "period": 60,
                    },
                }
            ]
        }
    ),
)
