import pulumi
import pulumi_aws as aws

config = pulumi.Config()

api = aws.lambda_.Function(
    "orders-api",
    role=config.require("lambdaRoleArn"),
    runtime="python3.12",
    handler="app.handler",
    code=pulumi.FileArchive("./build/api"),
    publish=True,
)

# The alias follows each published version.
live = aws.lambda_.Alias(
    "orders-api-live",
    name="live",
    function_name=api.name,
    function_version=api.version,
)

aws.lambda_.ProvisionedConcurrencyConfig(
    "orders-api",
    function_name=api.name,
    qualifier=live.name,
    provisioned_concurrent_executions=5,
)
