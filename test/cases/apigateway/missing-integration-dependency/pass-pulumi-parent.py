import pulumi
import pulumi_aws as aws

api = aws.apigateway.RestApi("api", name="orders")
orders = aws.apigateway.Resource("orders", rest_api=api.id, parent_id=api.root_resource_id, path_part="orders")
post = aws.apigateway.Method("post", rest_api=api.id, resource_id=orders.id, http_method="POST", authorization="NONE")
integration = aws.apigateway.Integration(
    "post",
    rest_api=api.id,
    resource_id=orders.id,
    http_method=post.http_method,
    type="MOCK",
)
# A child is registered once its parent (here through the method response) has been created.
ok = aws.apigateway.MethodResponse(
    "ok",
    rest_api=api.id,
    resource_id=orders.id,
    http_method=post.http_method,
    status_code="200",
    opts=pulumi.ResourceOptions(parent=integration),
)
response = aws.apigateway.IntegrationResponse(
    "ok",
    rest_api=api.id,
    resource_id=orders.id,
    http_method=post.http_method,
    status_code=ok.status_code,
    opts=pulumi.ResourceOptions(parent=ok),
)
