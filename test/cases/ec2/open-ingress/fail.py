import pulumi
import pulumi_aws as aws

config = pulumi.Config()

bastion = aws.ec2.SecurityGroup(
    "bastion",
    vpc_id=config.require("vpc_id"),
    description="Administrative access",
    ingress=[
        aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=22, to_port=22, cidr_blocks=["0.0.0.0/0"]),
    ],
)
