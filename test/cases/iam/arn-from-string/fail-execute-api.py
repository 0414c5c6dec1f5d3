import pulumi
import pulumi_aws as aws

config = pulumi.Config()
api = aws.apigateway.RestApi("api", name="orders-api")

permission = aws.lambda_.Permission(
    "api-invoke",
    action="lambda:InvokeFunction",
    function=config.require("function_name"),
    principal="apigateway.amazonaws.com",
    source_arn=pulumi.Output.concat("arn:aws:execute-api:", config.require("region"), ":*:", api.id, "/*/*"),
)
