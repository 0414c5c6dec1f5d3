from cdktf import TerraformStack
from cdktf_cdktf_provider_aws.sns_topic import SnsTopic
from constructs import Construct


class AlertsStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        SnsTopic(self, "alerts", name="alerts", kms_key_id="alias/aws/sns")
