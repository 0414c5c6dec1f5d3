from aws_cdk import Stack, aws_iam as iam, aws_lambda as lambda_, aws_sqs as sqs
from constructs import Construct


class WorkerStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        orders = sqs.CfnQueue(self, "OrdersQueue")
        role = iam.CfnRole(
            self,
            "WorkerRole",
            assume_role_policy_document={
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}}
                ],
            },
            managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
        )
        worker = lambda_.CfnFunction(
            self,
            "Worker",
            runtime="python3.13",
            handler="index.handler",
            role=role.attr_arn,
            code=lambda_.CfnFunction.CodeProperty(zip_file="def handler(event, context):\n    return event\n"),
        )
        lambda_.CfnEventSourceMapping(
            self, "OrdersMapping", event_source_arn=orders.attr_arn, function_name=worker.ref
        )
