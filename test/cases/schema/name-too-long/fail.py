import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.require("environmentSuffix")

# Load balancer names are limited to 32 characters; the constant part alone has 34.
api = aws.lb.LoadBalancer(
    "api",
    name=f"payments-api-application-balancer-{environment_suffix}",
    load_balancer_type="application",
    subnets=config.require_object("publicSubnetIds"),
)
