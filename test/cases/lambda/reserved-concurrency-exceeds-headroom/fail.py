import pulumi
import pulumi_aws as aws

config = pulumi.Config()

worker = aws.lambda_.Function(
    "orders-worker",
    role=config.require("lambdaRoleArn"),
    runtime="python3.12",
    handler="app.handler",
    code=pulumi.FileArchive("./build/worker"),
    reserved_concurrent_executions=100,  # fails on accounts with a quota below 200
)
