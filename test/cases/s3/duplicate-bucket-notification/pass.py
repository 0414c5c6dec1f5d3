import pulumi_aws as aws

uploads = aws.s3.Bucket("uploads")
images = aws.sqs.Queue("images")
documents = aws.sqs.Queue("documents")

aws.s3.BucketNotification(
    "uploads",
    bucket=uploads.id,
    queues=[
        {"queue_arn": images.arn, "events": ["s3:ObjectCreated:*"], "filter_prefix": "images/"},
        {"queue_arn": documents.arn, "events": ["s3:ObjectCreated:*"], "filter_prefix": "documents/"},
    ],
)
