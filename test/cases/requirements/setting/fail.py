import pulumi
import pulumi_aws as aws

config = pulumi.Config()

payments = aws.lambda_.Function(
    "payments",
    role=config.require("lambda_role_arn"),
    runtime="nodejs20.x",
    handler="index.handler",
    code=pulumi.FileArchive("./app"),
    memory_size=1024,
    timeout=30,
)

logs = aws.cloudwatch.LogGroup("payments-logs", name="/aws/lambda/payments", retention_in_days=30)
