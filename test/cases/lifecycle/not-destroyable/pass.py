import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.require("environment_suffix")

logs = aws.s3.Bucket(f"app-logs-{environment_suffix}", force_destroy=True)
pulumi.export("logs", logs.id)
