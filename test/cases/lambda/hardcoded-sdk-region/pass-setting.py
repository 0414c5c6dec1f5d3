import pulumi
import pulumi_aws as aws

# The program keeps its region in one named setting and hands it to the handler.
REGION = "us-east-1"

role = aws.iam.Role(
    "reporter",
    assume_role_policy='{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}',
)

aws.lambda_.Function(
    "reporter",
    role=role.arn,
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.AssetArchive(
        {
            "index.py": pulumi.StringAsset(
                """
import os
import boto3

sqs = boto3.client("sqs", region_name=os.environ["REGION"])

def handler(event, context):
    return sqs.list_queues()
"""
            )
        }
    ),
    environment=aws.lambda_.FunctionEnvironmentArgs(variables={"REGION": REGION}),
)
