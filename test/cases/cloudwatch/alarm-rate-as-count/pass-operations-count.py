import pulumi_aws as aws

# "operations" says what failed, not a ratio: one error or more is what the alarm means.
put_errors_alarm = aws.cloudwatch.MetricAlarm(
    "put-errors-alarm",
    alarm_description="Alarm when PutRecord operations experience errors",
    namespace="AWS/Kinesis",
    metric_name="PutRecord.Errors",
    statistic="Sum",
    period=300,
    evaluation_periods=1,
    comparison_operator="GreaterThanOrEqualToThreshold",
    threshold=1,
)
