"""The REST API that submits files for processing."""
import pulumi
import pulumi_aws as aws

from .config import ServiceConfig


class FileApi(pulumi.ComponentResource):
    def __init__(self, config: ServiceConfig, provider: aws.Provider, function: aws.lambda_.Function) -> None:
        super().__init__("files:api:FileApi", config.name("api"), None)
        opts = pulumi.ResourceOptions(parent=self, provider=provider)
        rest_api = aws.apigateway.RestApi("api", name=config.name("api"), opts=opts)
        resource = aws.apigateway.Resource(
            "process-resource",
            rest_api=rest_api.id,
            parent_id=rest_api.root_resource_id,
            path_part="process",
            opts=opts,
        )
        method = aws.apigateway.Method(
            "process-post",
            rest_api=rest_api.id,
            resource_id=resource.id,
            http_method="POST",
            authorization="AWS_IAM",
            opts=opts,
        )
        integration = aws.apigateway.Integration(
            "process-integration",
            rest_api=rest_api.id,
            resource_id=resource.id,
            http_method=method.http_method,
            integration_http_method="POST",
            type="AWS_PROXY",
            uri=function.invoke_arn,
            opts=opts,
        )
        aws.lambda_.Permission(
            "api-permission",
            action="lambda:InvokeFunction",
            function=function.name,
            principal="apigateway.amazonaws.com",
            source_arn=pulumi.Output.concat(rest_api.execution_arn, "/*/POST/process"),
            opts=opts,
        )
        deployment = aws.apigateway.Deployment(
            "api-deployment",
            rest_api=rest_api.id,
            triggers={"integration": integration.id},
            opts=pulumi.ResourceOptions(parent=self, provider=provider, depends_on=[integration]),
        )
        self.stage = aws.apigateway.Stage(
            "api-stage", rest_api=rest_api.id, deployment=deployment.id, stage_name="v1", opts=opts
        )
        self.register_outputs({"api_url": self.api_url})

    @property
    def api_url(self) -> pulumi.Output[str]:
        """The endpoint that accepts files: a plain Output[str], not a bundle of outputs."""
        return pulumi.Output.concat(self.stage.invoke_url, "/process")
