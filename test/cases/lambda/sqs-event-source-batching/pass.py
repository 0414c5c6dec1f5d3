import pulumi_aws as aws

payments = aws.sqs.Queue("payments", fifo_queue=True, name="payments.fifo")

aws.lambda_.EventSourceMapping(
    "payments",
    event_source_arn=payments.arn,
    function_name="payment-processor",
    batch_size=10,
)
