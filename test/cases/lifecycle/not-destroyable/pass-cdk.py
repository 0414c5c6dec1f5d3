import os

import aws_cdk as cdk
from aws_cdk import aws_rds as rds, aws_s3 as s3, aws_ec2 as ec2
from constructs import Construct


class TapStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        environment_suffix = os.environ.get("ENVIRONMENT_SUFFIX", "dev")
        vpc = ec2.Vpc(self, "Vpc")
        s3.Bucket(
            self,
            "Uploads",
            bucket_name=f"uploads-{environment_suffix}",
            removal_policy=cdk.RemovalPolicy.DESTROY,
            auto_delete_objects=True,
        )
        rds.DatabaseInstance(
            self,
            "Orders",
            engine=rds.DatabaseInstanceEngine.POSTGRES,
            vpc=vpc,
            deletion_protection=False,
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
