from aws_cdk import Stack, aws_ec2 as ec2
from constructs import Construct


class WebStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc")
        ec2.Instance(
            self,
            "Web",
            vpc=vpc,
            instance_type=ec2.InstanceType.of(ec2.InstanceClass.T3, ec2.InstanceSize.MICRO),
            # Amazon Linux 1: deprecated in aws-cdk-lib.
            machine_image=ec2.MachineImage.latest_amazon_linux(),
        )
