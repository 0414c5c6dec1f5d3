import pulumi_aws as aws

orders_logs = aws.cloudwatch.LogGroup(
    "orders-logs",
    name="/aws/lambda/orders-api",
    retention_in_days=14,
)
