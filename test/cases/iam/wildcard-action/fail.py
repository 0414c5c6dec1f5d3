import json

import pulumi_aws as aws

orders = aws.dynamodb.get_table_output(name="orders")

orders_data = aws.iam.Policy(
    "orders-data",
    policy=orders.arn.apply(lambda table_arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": "dynamodb:*",
            "Resource": [table_arn, f"{table_arn}/index/*"],
        }],
    })),
)
