"""Alarm on the processor's error rate, as a percentage of its invocations."""
import pulumi
import pulumi_aws as aws

from .config import ServiceConfig


def _lambda_metric(name: str, function_name: pulumi.Input[str]) -> aws.cloudwatch.MetricAlarmMetricQueryMetricArgs:
    return aws.cloudwatch.MetricAlarmMetricQueryMetricArgs(
        metric_name=name,
        namespace="AWS/Lambda",
        period=300,
        stat="Sum",
        dimensions={"FunctionName": function_name},
    )


def create_error_rate_alarm(
    config: ServiceConfig, provider: aws.Provider, function: aws.lambda_.Function, topic: aws.sns.Topic
) -> aws.cloudwatch.MetricAlarm:
    return aws.cloudwatch.MetricAlarm(
        "processor-error-rate",
        name=config.name("processor-error-rate"),
        alarm_description="File processor error rate above 5% of invocations",
        comparison_operator="GreaterThanThreshold",
        evaluation_periods=2,
        threshold=5,
        treat_missing_data="notBreaching",
        alarm_actions=[topic.arn],
        metric_queries=[
            aws.cloudwatch.MetricAlarmMetricQueryArgs(
                id="error_rate",
                expression="IF(invocations > 0, 100 * errors / invocations, 0)",
                label="Error rate (%)",
                return_data=True,
            ),
            aws.cloudwatch.MetricAlarmMetricQueryArgs(id="errors", metric=_lambda_metric("Errors", function.name)),
            aws.cloudwatch.MetricAlarmMetricQueryArgs(
                id="invocations", metric=_lambda_metric("Invocations", function.name)
            ),
        ],
        opts=pulumi.ResourceOptions(provider=provider),
    )
