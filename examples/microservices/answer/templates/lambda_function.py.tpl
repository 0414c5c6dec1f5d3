import json


def handler(event, context):
    # Placeholder for the ${service} service: replace with the real handler.
    return {"statusCode": 200, "body": json.dumps({"service": "${service}"})}
