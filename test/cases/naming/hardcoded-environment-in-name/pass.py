import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.require("environment_suffix")

queue = aws.sqs.Queue("orders", name=f"orders-{environment_suffix}")
