"""The upload bucket: private and encrypted."""
import pulumi
import pulumi_aws as aws

from .config import ServiceConfig


class Storage(pulumi.ComponentResource):
    def __init__(self, config: ServiceConfig, provider: aws.Provider) -> None:
        super().__init__("files:storage:Storage", config.name("storage"), None)
        opts = pulumi.ResourceOptions(parent=self, provider=provider)
        self.bucket = aws.s3.Bucket("uploads", bucket=config.name("uploads"), force_destroy=True, opts=opts)
        aws.s3.BucketPublicAccessBlock(
            "uploads-public-access",
            bucket=self.bucket.id,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
            opts=opts,
        )
        aws.s3.BucketServerSideEncryptionConfiguration(
            "uploads-encryption",
            bucket=self.bucket.id,
            rules=[
                aws.s3.BucketServerSideEncryptionConfigurationRuleArgs(
                    apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(
                        sse_algorithm="AES256",
                    ),
                )
            ],
            opts=opts,
        )
        self.register_outputs({"bucket_name": self.bucket.bucket})
