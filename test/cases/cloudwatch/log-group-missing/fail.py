import os

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

orders_function = aws.lambda_.Function(
    "orders",
    name="orders-api",
    role=config.require("lambda_role_arn"),
    runtime="python3.12",
    handler="app.handler",
    code=pulumi.FileArchive(os.path.join(os.path.dirname(__file__), "app")),
)
