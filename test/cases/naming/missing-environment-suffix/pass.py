import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().require("environmentSuffix")

uploads = aws.s3.Bucket("uploads", bucket=f"orders-uploads-{environment_suffix}")

# Without an explicit name, Pulumi appends a random suffix to the logical name.
jobs = aws.sqs.Queue("jobs")
