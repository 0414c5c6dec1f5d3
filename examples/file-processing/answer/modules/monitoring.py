import pulumi_aws as aws

import config


def create_error_alarm(function, topic):
    return aws.cloudwatch.MetricAlarm(
        "lambda-error-alarm",
        name=f"{config.function_name}-errors",
        comparison_operator="GreaterThanOrEqualToThreshold",
        evaluation_periods=1,
        metric_name="Errors",
        namespace="AWS/Lambda",
        period=300,
        statistic="Sum",
        threshold=5,
        alarm_description="Error rate above 5% for the file processor",
        dimensions={"FunctionName": function.name},
        alarm_actions=[topic.arn],
        tags=config.tags,
    )
