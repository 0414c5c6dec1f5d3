from aws_cdk import Stack, aws_lambda as _lambda, aws_sqs as sqs
from constructs import Construct


class IngestStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        failed = sqs.Queue(self, "FailedEvents", queue_name="failed-events")
        _lambda.Function(
            self,
            "Ingest",
            runtime=_lambda.Runtime.PYTHON_3_13,
            handler="index.handler",
            code=_lambda.Code.from_asset("lambda"),
            dead_letter_queue=failed,
        )
