import os

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

orders = aws.lambda_.Function(
    "orders",
    role=config.require("lambda_role_arn"),
    runtime="python3.12",
    handler="app.handler",
    code=pulumi.FileArchive(os.path.join(os.path.dirname(__file__), "app")),
    environment=aws.lambda_.FunctionEnvironmentArgs(
        variables={"TABLE_NAME": "orders", "AWS_REGION": "eu-west-1"},
    ),
)
