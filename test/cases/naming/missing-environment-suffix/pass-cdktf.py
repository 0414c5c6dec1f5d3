from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.sqs_queue import SqsQueue
from constructs import Construct


class OrdersStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str) -> None:
        super().__init__(scope, construct_id)
        S3Bucket(self, "uploads", bucket=f"orders-uploads-{environment_suffix}")
        SqsQueue(self, "jobs", name=f"orders-jobs-{environment_suffix}")
