import pulumi
import pulumi_aws as aws
import os

role = aws.iam.Role("api", assume_role_policy="{}")

api = aws.lambda_.Function(
    "api",
    role=role.arn,
    handler="index.handler",
    runtime="python3.12",
    code=pulumi.FileArchive(os.path.join(os.path.dirname(__file__), "app")),
    reserved_concurrent_executions=500,
)

api_logs = aws.cloudwatch.LogGroup(
    "api-logs",
    name=api.name.apply(lambda name: f"/aws/lambda/{name}"),
    retention_in_days=14,
)
