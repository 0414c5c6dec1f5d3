import random

from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from constructs import Construct


# Every synth names the bucket anew: each apply replaces it.
class DataStack(TerraformStack):
    def __init__(self, scope: Construct, ns: str):
        super().__init__(scope, ns)
        AwsProvider(self, "aws", region="us-east-1")
        S3Bucket(self, "data", bucket=f"orders-data-{random.randint(1000, 9999)}")


app = App()
DataStack(app, "data")
app.synth()
