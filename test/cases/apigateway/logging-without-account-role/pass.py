import json

import pulumi
import pulumi_aws as aws

logs_role = aws.iam.Role(
    "api-gateway-logs",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Principal": {"Service": "apigateway.amazonaws.com"},
            "Action": "sts:AssumeRole",
        }],
    }),
    managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"],
)

account = aws.apigateway.Account("account", cloudwatch_role_arn=logs_role.arn)

api = aws.apigateway.RestApi("orders", name="orders-api")

settings = aws.apigateway.MethodSettings(
    "all",
    rest_api=api.id,
    stage_name="prod",
    method_path="*/*",
    settings=aws.apigateway.MethodSettingsSettingsArgs(metrics_enabled=True, data_trace_enabled=True),
    opts=pulumi.ResourceOptions(depends_on=[account]),
)
