import json

import pulumi
import pulumi_aws as aws

worker = aws.iam.Role(
    "worker",
    assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": []}),
)

# Lets the worker read its queue.
worker_queue = aws.iam.RolePolicy(
    "worker-queue",
    role=worker.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["sqs:ReceiveMessage"],
                    "Resource": "arn:aws:sqs:us-east-1:123456789012:jobs",
                }
            ],
        }
    ),
)
