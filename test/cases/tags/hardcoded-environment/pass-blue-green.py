import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().require("environmentSuffix")

# Blue/green deployment: the Environment tag names the side, deliberately constant.
blue = aws.sqs.Queue(
    "payments-blue",
    name=f"payments-blue-{environment_suffix}",
    tags={"Environment": "blue"},
)
green = aws.sqs.Queue(
    "payments-green",
    name=f"payments-green-{environment_suffix}",
    tags={"Environment": "Green"},
)
