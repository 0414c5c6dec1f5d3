import json

import pulumi_aws as aws

current = aws.get_caller_identity()
key = aws.kms.Key(
    "logs",
    description="Encrypts the application logs",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{current.account_id}:root"},
                "Action": "kms:*",
                "Resource": "*",
            }
        ],
    }),
)
