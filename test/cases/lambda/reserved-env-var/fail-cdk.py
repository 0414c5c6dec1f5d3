from aws_cdk import Stack, aws_lambda as lambda_
from constructs import Construct


class ProcessorStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, role_arn: str) -> None:
        super().__init__(scope, construct_id)
        lambda_.CfnFunction(
            self,
            "Processor",
            runtime="python3.13",
            handler="index.handler",
            role=role_arn,
            code={"zip_file": "def handler(event, context):\n    return event\n"},
            environment={
                "variables": {"AWS_LAMBDA_FUNCTION_NAME": "processor", "TABLE_NAME": "orders"}
            },
        )
