import pulumi
import pulumi_aws as aws

import config


def create_bucket():
    bucket = aws.s3.Bucket(
        "file-bucket",
        bucket=config.bucket_name,
        force_destroy=True,
        tags=config.tags,
    )
    aws.s3.BucketPublicAccessBlock(
        "file-bucket-public-access",
        bucket=bucket.id,
        block_public_acls=True,
        block_public_policy=True,
        ignore_public_acls=True,
        restrict_public_buckets=True,
    )
    aws.s3.BucketServerSideEncryptionConfiguration(
        "file-bucket-encryption",
        bucket=bucket.id,
        rules=[
            aws.s3.BucketServerSideEncryptionConfigurationRuleArgs(
                apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(
                    sse_algorithm="AES256",
                ),
            )
        ],
    )
    # Notifications are configured once the processing function exists.
    aws.s3.BucketNotification(
        "file-bucket-notification",
        bucket=bucket.id,
        lambda_functions=[],
        opts=pulumi.ResourceOptions(depends_on=[bucket]),
    )
    return bucket
