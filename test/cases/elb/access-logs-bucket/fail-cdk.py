from aws_cdk import Stack, aws_ec2 as ec2, aws_elasticloadbalancingv2 as elbv2
from constructs import Construct


class WebStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", max_azs=2)
        alb = elbv2.ApplicationLoadBalancer(self, "Alb", vpc=vpc, internet_facing=True)
        # Logs turned on with no bucket to send them to.
        alb.set_attribute("access_logs.s3.enabled", "true")
