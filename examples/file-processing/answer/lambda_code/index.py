"""Processes an uploaded file and reports the result to SNS, retrying failures."""
import json
import os
import time

import boto3

s3 = boto3.client("s3")
sns = boto3.client("sns")
lambda_client = boto3.client("lambda")

MAX_RETRIES = int(os.environ.get("MAX_RETRIES", "3"))


def process(bucket, key):
    head = s3.head_object(Bucket=bucket, Key=key)
    return {"bucket": bucket, "key": key, "size": head["ContentLength"], "type": head.get("ContentType")}


def handler(event, context):
    retry_count = event.get("retry_count", 0) if isinstance(event, dict) else 0
    try:
        results = [
            process(record["s3"]["bucket"]["name"], record["s3"]["object"]["key"])
            for record in event.get("Records", [])
        ]
        sns.publish(TopicArn=os.environ["TOPIC_ARN"], Subject="File processed", Message=json.dumps(results))
        return {"statusCode": 200, "body": json.dumps(results)}
    except Exception as error:
        print(f"Processing failed: {error}")
        if retry_count < MAX_RETRIES:
            print(f"Retrying... Attempt {retry_count + 1} of {MAX_RETRIES}")
            retry_event = dict(event)
            retry_event["retry_count"] = retry_count + 1
            time.sleep(1)
            lambda_client.invoke(
                FunctionName=context.function_name,
                InvocationType="Event",
                Payload=json.dumps(retry_event),
            )
        raise
