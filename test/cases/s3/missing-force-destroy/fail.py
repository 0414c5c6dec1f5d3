import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.require("environment_suffix")

logs = aws.s3.Bucket(f"access-logs-{environment_suffix}", bucket=f"access-logs-{environment_suffix}")
data = aws.s3.Bucket(f"data-{environment_suffix}", bucket=f"data-{environment_suffix}", force_destroy=True)
aws.s3.BucketLoggingV2(
    f"data-logging-{environment_suffix}",
    bucket=data.id,
    target_bucket=logs.id,
    target_prefix="data/",
)
