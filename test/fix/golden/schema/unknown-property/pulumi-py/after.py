import pulumi
import pulumi_aws as aws

jobs = aws.sqs.Queue(
    "jobs",
    visibility_timeout_seconds=60,
    message_retention_seconds=86400,
)
