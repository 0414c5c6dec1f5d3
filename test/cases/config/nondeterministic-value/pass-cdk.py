from aws_cdk import Stack, aws_s3 as s3
from constructs import Construct


# The name comes from the stack: the same on every synth.
class DataStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        s3.Bucket(self, "Data", bucket_name=f"orders-data-{self.account}-{self.region}")
