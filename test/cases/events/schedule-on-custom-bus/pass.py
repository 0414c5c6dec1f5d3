import pulumi_aws as aws

bus = aws.cloudwatch.EventBus("orders")

aws.cloudwatch.EventRule(
    "nightly",
    schedule_expression="cron(0 2 * * ? *)",
)
