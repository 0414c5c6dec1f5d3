from aws_cdk import Stack, aws_ec2 as ec2, aws_elasticloadbalancingv2 as elbv2
from constructs import Construct


class WebStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc")
        # A number where a Duration is needed: jsii raises TypeError while the app synthesizes.
        elbv2.ApplicationTargetGroup(self, "Web", vpc=vpc, port=80, deregistration_delay=30)
