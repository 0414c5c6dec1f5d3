from aws_cdk import Stack, aws_lambda as _lambda
from constructs import Construct


class ApiStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        # A layer's compatible runtimes are not a function's runtime: the lifecycle check judges
        # functions (cdk/deprecated-api notes the deprecated member here).
        layer = _lambda.LayerVersion(
            self,
            "Shared",
            code=_lambda.Code.from_asset("layer"),
            compatible_runtimes=[_lambda.Runtime.PYTHON_3_9],
        )
        _lambda.Function(
            self,
            "Api",
            runtime=_lambda.Runtime.PYTHON_3_13,
            handler="index.handler",
            code=_lambda.Code.from_asset("lambda"),
            layers=[layer],
        )
