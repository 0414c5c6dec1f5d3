from aws_cdk import Stack, aws_lambda as _lambda, aws_sqs as sqs
from constructs import Construct


class EventsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        queue = sqs.CfnQueue(self, "Events")
        _lambda.CfnEventSourceMapping(
            self,
            "Mapping",
            event_source_arn=queue.attr_arn,
            function_name="event-processor",
            batch_size=100,
            maximum_batching_window_in_seconds=5,
        )
