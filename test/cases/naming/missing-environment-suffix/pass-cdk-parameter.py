from aws_cdk import CfnParameter, Stack
from aws_cdk import aws_sns as sns
from constructs import Construct


class AlertsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        # The suffix is a template parameter: each deployment gives its own.
        environment_suffix = CfnParameter(self, "EnvironmentSuffix", type="String")
        env_suffix = environment_suffix.value_as_string
        sns.Topic(self, "Alerts", topic_name=f"compliance-alerts-{env_suffix}")
