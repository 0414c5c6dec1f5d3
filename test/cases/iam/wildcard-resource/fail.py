import json

import pulumi_aws as aws

orders_data = aws.iam.Policy(
    "orders-data",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"],
            "Resource": "arn:aws:dynamodb:*:*:table/*",
        }],
    }),
)
