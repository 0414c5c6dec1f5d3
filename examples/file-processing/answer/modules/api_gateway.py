import pulumi
import pulumi_aws as aws

import config


def create_api(function):
    rest_api = aws.apigateway.RestApi("file-api", name=config.api_name, tags=config.tags)
    resource = aws.apigateway.Resource(
        "process-resource",
        rest_api=rest_api.id,
        parent_id=rest_api.root_resource_id,
        path_part="process",
    )
    method = aws.apigateway.Method(
        "process-post",
        rest_api=rest_api.id,
        resource_id=resource.id,
        http_method="POST",
        authorization="AWS_IAM",
    )
    integration = aws.apigateway.Integration(
        "process-integration",
        rest_api=rest_api.id,
        resource_id=resource.id,
        http_method=method.http_method,
        integration_http_method="POST",
        type="AWS_PROXY",
        uri=function.invoke_arn,
    )
    aws.lambda_.Permission(
        "file-processor-api-permission",
        action="lambda:InvokeFunction",
        function=function.name,
        principal="apigateway.amazonaws.com",
        source_arn=rest_api.execution_arn.apply(lambda arn: f"{arn}/*/POST/process"),
    )
    deployment = aws.apigateway.Deployment(
        "file-api-deployment",
        rest_api=rest_api.id,
        opts=pulumi.ResourceOptions(depends_on=[integration]),
    )
    stage = aws.apigateway.Stage(
        "file-api-stage",
        rest_api=rest_api.id,
        deployment=deployment.id,
        stage_name="v1",
    )
    api_url = stage.invoke_url.apply(lambda url: f"{url}/process")
    return pulumi.Output.all(api_url=api_url, rest_api=rest_api.id)
