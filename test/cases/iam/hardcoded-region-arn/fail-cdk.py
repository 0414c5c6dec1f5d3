from aws_cdk import Stack
from aws_cdk import aws_iam as iam
from constructs import Construct


class WorkerStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        role = iam.Role(self, "Worker", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        role.add_to_policy(
            iam.PolicyStatement(
                actions=["secretsmanager:GetSecretValue"],
                resources=["arn:aws:secretsmanager:eu-central-1:*:secret:app/*"],
            )
        )
