import pulumi_aws as aws

# BucketV2 and BucketVersioningV2 are deprecated aliases of Bucket and BucketVersioning.
reports = aws.s3.BucketV2("reports")

aws.s3.BucketVersioningV2(
    "reports",
    bucket=reports.id,
    versioning_configuration={"status": "Enabled"},
)
