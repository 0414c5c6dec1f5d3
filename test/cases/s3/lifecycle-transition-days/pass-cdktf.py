from cdktf import App, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import S3BucketLifecycleConfiguration


class StorageStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        bucket = S3Bucket(self, "documents", bucket="documents-example")
        S3BucketLifecycleConfiguration(
            self,
            "documents-lifecycle",
            bucket=bucket.id,
            rule=[
                {
                    "id": "tiering",
                    "status": "Enabled",
                    "filter": [{}],
                    "transition": [{"days": 45, "storage_class": "STANDARD_IA"}],
                }
            ],
        )


app = App()
StorageStack(app, "storage")
app.synth()
