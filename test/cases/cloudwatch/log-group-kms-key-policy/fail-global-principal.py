import json

import pulumi_aws as aws

account_id = aws.get_caller_identity().account_id

logs_key = aws.kms.Key(
    "logs-key",
    description="Encrypts the application logs",
    enable_key_rotation=True,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "AccountAdministration",
                "Effect": "Allow",
                "Principal": {"AWS": f"arn:aws:iam::{account_id}:root"},
                "Action": "kms:*",
                "Resource": "*",
            },
            {
                "Sid": "CloudWatchLogs",
                "Effect": "Allow",
                "Principal": {"Service": "logs.amazonaws.com"},
                "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                "Resource": "*",
            },
        ],
    }),
)

app_logs = aws.cloudwatch.LogGroup(
    "app-logs",
    name="/app/orders",
    retention_in_days=30,
    kms_key_id=logs_key.arn,
)
