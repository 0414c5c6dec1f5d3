import pulumi_aws as aws

reports = aws.s3.BucketV2(
    "reports",
    bucket_prefix="reports-",
    tags={"CostCenter": "analytics", "Team": "platform"},
)
