from aws_cdk import Stack, aws_ssm as ssm
from constructs import Construct


# A String parameter: what CloudFormation creates (a secret belongs in Secrets Manager).
class ConfigStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        ssm.StringParameter(
            self,
            "ApiEndpoint",
            parameter_name=f"/orders/{self.stack_name}/api-endpoint",
            string_value="https://api.example.com",
            type=ssm.ParameterType.STRING,
        )
