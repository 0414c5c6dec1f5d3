import pulumi_aws as aws

bus = aws.cloudwatch.EventBus("orders")

aws.cloudwatch.EventRule(
    "nightly",
    event_bus_name=bus.name,
    schedule_expression="cron(0 2 * * ? *)",
)
