from aws_cdk import Stack
from aws_cdk import aws_config as config
from constructs import Construct


class ComplianceStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        # Rules need the account's recorder, which this stack does not create.
        config.ManagedRule(
            self,
            "EncryptedVolumes",
            identifier=config.ManagedRuleIdentifiers.EC2_EBS_ENCRYPTION_BY_DEFAULT,
        )
