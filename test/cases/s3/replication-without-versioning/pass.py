import pulumi_aws as aws

source = aws.s3.Bucket("orders", versioning={"enabled": True})
replica = aws.s3.Bucket("orders-replica", versioning={"enabled": True})

replication = aws.s3.BucketReplicationConfig(
    "orders",
    role="arn:aws:iam::123456789012:role/replication",
    bucket=source.id,
    rules=[{"id": "all", "status": "Enabled", "destination": {"bucket": replica.arn}}],
)
