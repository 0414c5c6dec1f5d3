import pulumi
import pulumi_aws as aws

config = pulumi.Config()

api = aws.lambda_.Function(
    "orders-api",
    role=config.require("lambdaRoleArn"),
    runtime="python3.12",
    handler="app.handler",
    code=pulumi.FileArchive("./build/api"),
)

aws.lambda_.ProvisionedConcurrencyConfig(
    "orders-api",
    function_name=api.name,
    qualifier=api.version,  # "$LATEST": the function publishes no version
    provisioned_concurrent_executions=5,
)
