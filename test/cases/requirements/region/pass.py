import pulumi
import pulumi_aws as aws

provider = aws.Provider("regional", region="eu-west-1")

exports = aws.s3.BucketV2(
    "exports",
    bucket_prefix="order-exports-",
    opts=pulumi.ResourceOptions(provider=provider),
)
