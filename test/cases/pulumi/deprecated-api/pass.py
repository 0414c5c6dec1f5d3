import pulumi_aws as aws

reports = aws.s3.Bucket("reports")

aws.s3.BucketVersioning(
    "reports",
    bucket=reports.id,
    versioning_configuration={"status": "Enabled"},
)
