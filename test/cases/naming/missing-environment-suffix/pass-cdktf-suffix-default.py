from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.sqs_queue import SqsQueue
from constructs import Construct


class OrdersStack(TerraformStack):
    # The caller (not shown) passes the suffix; "dev" is only its default.
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str = "dev", **kwargs) -> None:
        super().__init__(scope, construct_id)
        region = kwargs.get("region_suffix", "dev")
        S3Bucket(self, "uploads", bucket=f"orders-uploads-{environment_suffix}")
        SqsQueue(self, "jobs", name=f"orders-jobs-{region}")
