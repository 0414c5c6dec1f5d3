import pulumi
import pulumi_aws as aws

# A failover function: it reads both regions of the program on purpose.
HANDLER = """
import boto3

primary = boto3.client("dynamodb", region_name="us-east-1")
secondary = boto3.client("dynamodb", region_name="us-west-2")

def handler(event, context):
    return primary.describe_table(TableName="orders"), secondary.describe_table(TableName="orders")
"""

failover = aws.lambda_.Function(
    "failover",
    role=pulumi.Config().require("lambdaRoleArn"),
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(HANDLER)}),
)
