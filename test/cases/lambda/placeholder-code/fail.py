import pulumi
import pulumi_aws as aws

config = pulumi.Config()

HANDLER = """
def handler(event, context):
    # TODO: implement order processing
    return {"statusCode": 200, "body": "OK"}
"""

orders = aws.lambda_.Function(
    "orders",
    role=config.require("lambda_role_arn"),
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(HANDLER)}),
)
