import json

from cdktf import App, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.lambda_event_source_mapping import LambdaEventSourceMapping
from cdktf_cdktf_provider_aws.lambda_function import LambdaFunction
from cdktf_cdktf_provider_aws.sqs_queue import SqsQueue


class WorkerStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        orders = SqsQueue(self, "orders", name="orders")
        role = IamRole(
            self,
            "worker-role",
            name="worker",
            assume_role_policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}}
                    ],
                }
            ),
            managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
        )
        worker = LambdaFunction(
            self,
            "worker",
            function_name="worker",
            role=role.arn,
            runtime="python3.13",
            handler="index.handler",
            filename="worker.zip",
        )
        LambdaEventSourceMapping(self, "orders-mapping", event_source_arn=orders.arn, function_name=worker.arn)


app = App()
WorkerStack(app, "worker")
app.synth()
