import pulumi
import pulumi_aws as aws

HANDLER = """
import json, time
import boto3

lambda_client = boto3.client("lambda")

def handler(event, context):
    try:
        process(event)
    except Exception:
        time.sleep(1)
        lambda_client.invoke(
            FunctionName=context.function_name,
            InvocationType="Event",
            Payload=json.dumps(event),
        )
"""

processor = aws.lambda_.Function(
    "processor",
    role=pulumi.Config().require("lambdaRoleArn"),
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(HANDLER)}),
)
