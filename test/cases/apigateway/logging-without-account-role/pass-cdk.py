from aws_cdk import Stack, aws_apigateway as apigateway
from constructs import Construct


class OrdersApiStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        api = apigateway.RestApi(
            self,
            "OrdersApi",
            cloud_watch_role=True,
            deploy_options=apigateway.StageOptions(
                stage_name="prod",
                logging_level=apigateway.MethodLoggingLevel.ERROR,
                metrics_enabled=True,
            ),
        )
        api.root.add_method("GET", apigateway.MockIntegration())
