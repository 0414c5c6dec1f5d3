from aws_cdk import Stack, aws_iam as iam, aws_kms as kms, aws_logs as logs
from constructs import Construct


class LogsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        logs_key = kms.Key(self, "LogsKey", enable_key_rotation=True)
        logs_key.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                principals=[iam.ServicePrincipal(f"logs.{self.region}.amazonaws.com")],
                resources=["*"],
            )
        )
        logs.LogGroup(
            self,
            "AppLogs",
            encryption_key=logs_key,
            retention=logs.RetentionDays.ONE_MONTH,
        )
