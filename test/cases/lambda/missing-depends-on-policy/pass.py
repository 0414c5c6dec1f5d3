import os

import pulumi
import pulumi_aws as aws

config = pulumi.Config()

role = aws.iam.Role(
    "orders",
    assume_role_policy=aws.iam.get_policy_document(statements=[{
        "actions": ["sts:AssumeRole"],
        "principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com"]}],
    }]).json,
)

dynamo_access = aws.iam.RolePolicyAttachment(
    "orders-dynamodb",
    role=role.name,
    policy_arn=config.require("orders_table_policy_arn"),
)

orders = aws.lambda_.Function(
    "orders",
    role=role.arn,
    runtime="python3.12",
    handler="app.handler",
    code=pulumi.FileArchive(os.path.join(os.path.dirname(__file__), "app")),
    # The role is usable only once its policy is attached.
    opts=pulumi.ResourceOptions(depends_on=[dynamo_access]),
)
