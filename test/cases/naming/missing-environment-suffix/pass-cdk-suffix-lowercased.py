from aws_cdk import Stack, aws_sqs as sqs
from constructs import Construct


class TapStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str, **kwargs):
        super().__init__(scope, construct_id, **kwargs)
        self.environment_suffix = environment_suffix
        # The suffix in lower case is still the suffix.
        sqs.Queue(self, "Jobs", queue_name=f"jobs-{self.environment_suffix.lower()}")
