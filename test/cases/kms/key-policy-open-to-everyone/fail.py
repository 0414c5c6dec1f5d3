import json

import pulumi_aws as aws

key = aws.kms.Key(
    "logs",
    description="Encrypts the application logs",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "kms:*", "Resource": "*"}],
    }),
)
