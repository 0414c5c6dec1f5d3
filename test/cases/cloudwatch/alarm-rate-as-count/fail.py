import pulumi_aws as aws

error_alarm = aws.cloudwatch.MetricAlarm(
    "error-alarm",
    alarm_description="Alarm when the orders error rate exceeds 5%",
    comparison_operator="GreaterThanOrEqualToThreshold",
    evaluation_periods=1,
    namespace="AWS/Lambda",
    metric_name="Errors",
    dimensions={"FunctionName": "orders"},
    statistic="Sum",
    period=300,
    threshold=5,
)
