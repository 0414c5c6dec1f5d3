import os

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

payments = aws.lambda_.Function(
    "payments",
    role=config.require("lambda_role_arn"),
    runtime="python3.12",
    handler="app.handler",
    code=pulumi.FileArchive(os.path.join(os.path.dirname(__file__), "app")),
)

live = aws.lambda_.Alias(
    "live",
    name="live",
    function_name=payments.name,
    function_version="$LATEST",
)
