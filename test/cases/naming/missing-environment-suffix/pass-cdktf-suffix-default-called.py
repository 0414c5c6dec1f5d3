from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.sqs_queue import SqsQueue
from constructs import Construct


class OrdersStack(TerraformStack):
    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str = "dev") -> None:
        super().__init__(scope, construct_id)
        # The name carries the stack's suffix input, whether or not this entry point sets it.
        SqsQueue(self, "jobs", name=f"orders-jobs-{environment_suffix}")


app = App()
OrdersStack(app, "orders")
app.synth()
