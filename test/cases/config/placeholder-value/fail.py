import pulumi_aws as aws

alerts = aws.sns.Topic("alerts")

alerts_email = aws.sns.TopicSubscription(
    "alerts-email",
    topic=alerts.arn,
    protocol="email",
    endpoint="ops@corp.internal",  # Replace with your team's email
)

api_permission = aws.lambda_.Permission(
    "api-invoke",
    action="lambda:InvokeFunction",
    function="orders-api",
    principal="apigateway.amazonaws.com",
    source_arn="arn:aws:execute-api:us-east-1:123456789012:abc123/*/*",
)
