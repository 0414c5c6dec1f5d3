from aws_cdk import Duration, Stack, aws_secretsmanager as secretsmanager
from constructs import Construct


class SecretsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        secret = secretsmanager.Secret(self, "DatabaseSecret")
        secret.add_rotation_schedule("Rotation", automatically_after=Duration.days(30))
