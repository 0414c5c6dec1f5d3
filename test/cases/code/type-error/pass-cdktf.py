from constructs import Construct
from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.lb_target_group import LbTargetGroup


class WebStack(TerraformStack):
    def __init__(self, scope: Construct, ns: str):
        super().__init__(scope, ns)
        AwsProvider(self, "aws", region="us-east-1")
        LbTargetGroup(self, "web", name_prefix="web-", port=80, protocol="HTTP", deregistration_delay="30")
