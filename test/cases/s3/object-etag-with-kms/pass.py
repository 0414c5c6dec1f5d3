import pulumi_aws as aws

bucket = aws.s3.Bucket("artifacts", bucket="acme-artifacts")

package_object = aws.s3.BucketObjectv2(
    "package",
    bucket=bucket.id,
    key="config/settings.json",
    content='{"mode": "batch"}',
    source_hash="d41d8cd98f00b204e9800998ecf8427e",
    server_side_encryption="aws:kms",
)
