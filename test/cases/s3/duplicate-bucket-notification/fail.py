import pulumi_aws as aws

uploads = aws.s3.Bucket("uploads")
images = aws.sqs.Queue("images")
documents = aws.sqs.Queue("documents")

# A bucket has one notification configuration: each of these replaces the other.
aws.s3.BucketNotification(
    "images",
    bucket=uploads.id,
    queues=[{"queue_arn": images.arn, "events": ["s3:ObjectCreated:*"], "filter_prefix": "images/"}],
)

aws.s3.BucketNotification(
    "documents",
    bucket=uploads.id,
    queues=[{"queue_arn": documents.arn, "events": ["s3:ObjectCreated:*"], "filter_prefix": "documents/"}],
)
