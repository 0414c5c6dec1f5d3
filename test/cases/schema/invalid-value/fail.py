import pulumi
import pulumi_aws as aws

api = aws.lambda_.Function(
    "orders-api",
    role=pulumi.Config().require("lambdaRoleArn"),
    runtime="python3.8",  # deprecated: new functions are refused
    handler="app.handler",
    code=pulumi.FileArchive("./build/api"),
)

aws.cloudwatch.LogGroup(
    "orders-api",
    name=api.name.apply(lambda name: f"/aws/lambda/{name}"),
    retention_in_days=45,  # not one of the periods CloudWatch offers
)
