from cdktf import App, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.flow_log import FlowLog
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.vpc import Vpc


class NetworkStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        vpc = Vpc(self, "main", cidr_block="10.0.0.0/16")
        bucket = S3Bucket(self, "flow-logs", bucket_prefix="flow-logs-")
        FlowLog(
            self,
            "flow-log",
            vpc_id=vpc.id,
            traffic_type="ALL",
            log_destination_type="s3",
            log_destination=bucket.arn,
            iam_role_arn="arn:aws:iam::123456789012:role/flow-logs",
        )


app = App()
NetworkStack(app, "network")
app.synth()
