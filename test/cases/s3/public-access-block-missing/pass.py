import pulumi_aws as aws

reports = aws.s3.Bucket("reports")

aws.s3.BucketPublicAccessBlock(
    "reports",
    bucket=reports.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
