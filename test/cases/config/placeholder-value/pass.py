import pulumi
import pulumi_aws as aws

config = pulumi.Config()

alerts = aws.sns.Topic("alerts")

alerts_email = aws.sns.TopicSubscription(
    "alerts-email",
    topic=alerts.arn,
    protocol="email",
    endpoint=config.require("alerts_email"),  # the on-call team's address
)

api_permission = aws.lambda_.Permission(
    "api-invoke",
    action="lambda:InvokeFunction",
    function="orders-api",
    principal="apigateway.amazonaws.com",
    source_arn=config.require("api_execution_arn"),
)
