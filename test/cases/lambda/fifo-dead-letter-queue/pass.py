import pulumi
import pulumi_aws as aws

failed = aws.sqs.Queue("failed", name="failed-events")

ingest = aws.lambda_.Function(
    "ingest",
    role="arn:aws:iam::123456789012:role/ingest",
    runtime="python3.13",
    handler="index.handler",
    code=pulumi.FileArchive("./ingest"),
    dead_letter_config=aws.lambda_.FunctionDeadLetterConfigArgs(target_arn=failed.arn),
)
