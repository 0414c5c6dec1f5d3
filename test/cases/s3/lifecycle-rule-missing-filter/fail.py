import pulumi_aws as aws

logs = aws.s3.Bucket("logs", bucket="acme-logs")

lifecycle = aws.s3.BucketLifecycleConfiguration(
    "logs",
    bucket=logs.id,
    rules=[
        {
            "id": "archive-logs",
            "status": "Enabled",
            "transitions": [{"days": 30, "storage_class": "GLACIER"}],
        }
    ],
)
