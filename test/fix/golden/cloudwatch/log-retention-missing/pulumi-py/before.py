import pulumi
import pulumi_aws as aws

logs = aws.cloudwatch.LogGroup("app", name="/app/orders")
