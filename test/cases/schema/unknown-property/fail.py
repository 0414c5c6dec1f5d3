import pulumi_aws as aws

failed = aws.sqs.Queue("orders-failed")

aws.lambda_.FunctionEventInvokeConfig(
    "orders-worker",
    function_name="orders-worker",
    maximum_retry_attempts=1,
    maximum_event_age=3600,  # the argument is maximum_event_age_in_seconds
    destination_config={"on_failure": {"destination": failed.arn}},
)
