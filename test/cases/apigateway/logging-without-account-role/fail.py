import pulumi_aws as aws

api = aws.apigateway.RestApi("orders", name="orders-api")

settings = aws.apigateway.MethodSettings(
    "all",
    rest_api=api.id,
    stage_name="prod",
    method_path="*/*",
    settings=aws.apigateway.MethodSettingsSettingsArgs(metrics_enabled=True, data_trace_enabled=True),
)
