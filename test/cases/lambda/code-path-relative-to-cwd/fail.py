import pulumi
import pulumi_aws as aws

config = pulumi.Config()

processor = aws.lambda_.Function(
    "file-processor",
    role=config.require("lambda_role_arn"),
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.AssetArchive({".": pulumi.FileArchive("./lambda_code")}),
)
