import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.require("environment_suffix")

logs = aws.s3.Bucket(f"app-logs-{environment_suffix}", opts=pulumi.ResourceOptions(protect=True))
pulumi.export("logs", logs.id)
