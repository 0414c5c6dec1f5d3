import pulumi
import pulumi_aws as aws

# Build artifacts.
artifacts = aws.s3.Bucket("artifacts", force_destroy=True)

aws.s3.BucketPublicAccessBlock(
    "artifacts-public-access",
    bucket=artifacts.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)

pulumi.export("bucket_name", artifacts.bucket)
