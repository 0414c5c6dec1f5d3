import pulumi
import pulumi_aws as aws

environment = pulumi.Config().require("environment")

jobs = aws.sqs.Queue(
    "jobs",
    tags={
        "Service": "orders",
        "Environment": "production",  # dev and PR stacks are tagged production too
    },
)
