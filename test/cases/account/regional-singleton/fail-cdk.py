from aws_cdk import Stack
from aws_cdk import aws_config as config
from constructs import Construct


class ComplianceStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        config.CfnConfigurationRecorder(
            self,
            "Recorder",
            role_arn="arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig",
        )
