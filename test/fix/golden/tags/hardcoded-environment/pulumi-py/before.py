import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment = config.require("environment")

queue = aws.sqs.Queue(
    "jobs",
    name=f"jobs-{environment}",
    tags={"Environment": "production"},
)
