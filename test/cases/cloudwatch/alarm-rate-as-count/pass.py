import pulumi_aws as aws


def lambda_metric(name):
    return aws.cloudwatch.MetricAlarmMetricQueryMetricArgs(
        namespace="AWS/Lambda",
        metric_name=name,
        dimensions={"FunctionName": "orders"},
        stat="Sum",
        period=300,
    )


error_alarm = aws.cloudwatch.MetricAlarm(
    "error-alarm",
    alarm_description="Alarm when the orders error rate exceeds 5%",
    comparison_operator="GreaterThanOrEqualToThreshold",
    evaluation_periods=1,
    metric_queries=[
        aws.cloudwatch.MetricAlarmMetricQueryArgs(
            id="rate",
            expression="100 * errors / invocations",
            label="Error rate (%)",
            return_data=True,
        ),
        aws.cloudwatch.MetricAlarmMetricQueryArgs(id="errors", metric=lambda_metric("Errors")),
        aws.cloudwatch.MetricAlarmMetricQueryArgs(id="invocations", metric=lambda_metric("Invocations")),
    ],
    threshold=5,
)
