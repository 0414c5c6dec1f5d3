"""Describes each uploaded file and reports the result to SNS.

Failures are raised: Lambda's own retries and the on-failure destination
(FunctionEventInvokeConfig) handle them, with no sleeping or self-invocation.
"""
import json
import os
from urllib.parse import unquote_plus

import boto3

s3 = boto3.client("s3")
sns = boto3.client("sns")


def describe(bucket: str, key: str) -> dict:
    head = s3.head_object(Bucket=bucket, Key=key)
    return {"bucket": bucket, "key": key, "size": head["ContentLength"], "type": head.get("ContentType")}


def handler(event, context):
    results = [
        describe(record["s3"]["bucket"]["name"], unquote_plus(record["s3"]["object"]["key"]))
        for record in event.get("Records", [])
    ]
    sns.publish(TopicArn=os.environ["TOPIC_ARN"], Subject="Files processed", Message=json.dumps(results))
    return {"processed": len(results)}
