import json

import pulumi_aws as aws

failed_orders = aws.sqs.Queue("failed-orders", name_prefix="failed-orders-")

orders = aws.sqs.Queue(
    "orders",
    name_prefix="orders-",
    redrive_policy=failed_orders.arn.apply(lambda arn: json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": 5})),
)
