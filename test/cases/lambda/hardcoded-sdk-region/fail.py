import pulumi
import pulumi_aws as aws

HANDLER = """
import os
import boto3

sns = boto3.client("sns", region_name="us-east-2")

def handler(event, context):
    sns.publish(TopicArn=os.environ["TOPIC_ARN"], Message="done")
"""

topic = aws.sns.Topic("alerts")

notifier = aws.lambda_.Function(
    "notifier",
    role=pulumi.Config().require("lambdaRoleArn"),
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(HANDLER)}),
    environment=aws.lambda_.FunctionEnvironmentArgs(variables={"TOPIC_ARN": topic.arn}),
)
