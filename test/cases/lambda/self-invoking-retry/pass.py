import pulumi
import pulumi_aws as aws

# A failure raises: Lambda retries the asynchronous event itself.
HANDLER = """
def handler(event, context):
    process(event)
"""

processor = aws.lambda_.Function(
    "processor",
    role=pulumi.Config().require("lambdaRoleArn"),
    runtime="python3.12",
    handler="index.handler",
    code=pulumi.AssetArchive({"index.py": pulumi.StringAsset(HANDLER)}),
)

failed = aws.sqs.Queue("processor-failed")

aws.lambda_.FunctionEventInvokeConfig(
    "processor-retries",
    function_name=processor.name,
    maximum_retry_attempts=2,
    destination_config={"on_failure": {"destination": failed.arn}},
)
