import os

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

processor = aws.lambda_.Function(
    "file-processor",
    role=config.require("lambda_role_arn"),
    runtime="python3.12",
    handler="index.handler",
    # Next to this file, wherever `pulumi up` runs from.
    code=pulumi.AssetArchive({".": pulumi.FileArchive(os.path.join(os.path.dirname(__file__), "lambda_code"))}),
)
