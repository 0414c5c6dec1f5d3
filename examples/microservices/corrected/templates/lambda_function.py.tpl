"""The ${service} service: reads and writes items of its table by ${hash_key}."""
import json
import os
import uuid

import boto3

table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])


def respond(status, body):
    return {"statusCode": status, "headers": {"Content-Type": "application/json"}, "body": json.dumps(body, default=str)}


def handler(event, context):
    method = event.get("httpMethod", "GET")
    if method == "GET":
        item_id = (event.get("queryStringParameters") or {}).get("id")
        if not item_id:
            return respond(400, {"error": "id is required"})
        item = table.get_item(Key={"${hash_key}": item_id}).get("Item")
        return respond(200, item) if item else respond(404, {"error": "not found"})
    if method == "POST":
        item = json.loads(event.get("body") or "{}")
        item["${hash_key}"] = item.get("${hash_key}") or str(uuid.uuid4())
        table.put_item(Item=item)
        return respond(201, item)
    return respond(405, {"error": "method not allowed"})
