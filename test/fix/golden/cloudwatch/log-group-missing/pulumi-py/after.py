import pulumi
import pulumi_aws as aws
import os

role = aws.iam.Role("api", assume_role_policy="{}")

api_log_group = aws.cloudwatch.LogGroup(
    "api-logs",
    retention_in_days=14,
)

# The API handler, named by Pulumi.
api = aws.lambda_.Function(
    "api",
    role=role.arn,
    handler="index.handler",
    runtime="python3.12",
    code=pulumi.FileArchive(os.path.join(os.path.dirname(__file__), "app")),
    logging_config=aws.lambda_.FunctionLoggingConfigArgs(
        log_format="Text",
        log_group=api_log_group.name,
    ),
)
