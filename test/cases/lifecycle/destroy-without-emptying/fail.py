import aws_cdk as cdk
from aws_cdk import aws_s3 as s3
from constructs import Construct


class TapStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        bucket = s3.Bucket(self, "AccessLogs")
        bucket.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
