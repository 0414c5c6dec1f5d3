from aws_cdk import Stack
from aws_cdk import aws_lambda as _lambda
from constructs import Construct


class NotifierStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        _lambda.Function(
            self,
            "Notifier",
            runtime=_lambda.Runtime.PYTHON_3_13,
            handler="index.handler",
            code=_lambda.Code.from_inline(
                """import os
import boto3

table = boto3.resource("dynamodb", region_name="ap-southeast-2").Table(os.environ["TABLE_NAME"])

def handler(event, context):
    table.put_item(Item=event)
"""
            ),
        )
