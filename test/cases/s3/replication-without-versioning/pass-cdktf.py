from cdktf import App, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_replication_configuration import S3BucketReplicationConfigurationA


class StorageStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        source = S3Bucket(self, "source", bucket_prefix="orders-", versioning={"enabled": True})
        replica = S3Bucket(self, "replica", bucket_prefix="orders-replica-", versioning={"enabled": True})
        S3BucketReplicationConfigurationA(
            self,
            "replication",
            role="arn:aws:iam::123456789012:role/replication",
            bucket=source.id,
            rule=[{"id": "all", "status": "Enabled", "destination": {"bucket": replica.arn}}],
        )


app = App()
StorageStack(app, "storage")
app.synth()
