import pulumi
import pulumi_aws as aws
import os

role = aws.iam.Role("api", assume_role_policy="{}")

# The API handler, named by Pulumi.
api = aws.lambda_.Function(
    "api",
    role=role.arn,
    handler="index.handler",
    runtime="python3.12",
    code=pulumi.FileArchive(os.path.join(os.path.dirname(__file__), "app")),
)
