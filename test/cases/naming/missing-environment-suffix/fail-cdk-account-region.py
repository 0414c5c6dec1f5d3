from aws_cdk import Stack
from aws_cdk import aws_s3 as s3
from constructs import Construct


class DataStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        # The account and region are the same for every deployment to them.
        s3.Bucket(self, "Data", bucket_name=f"secure-data-{Stack.of(self).account}-{Stack.of(self).region}")
