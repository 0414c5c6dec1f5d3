import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.require("environmentSuffix")

api = aws.lb.LoadBalancer(
    "api",
    name=f"payments-api-{environment_suffix}",
    load_balancer_type="application",
    subnets=config.require_object("publicSubnetIds"),
)
