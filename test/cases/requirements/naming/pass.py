import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().require("environmentSuffix")

vpc = aws.ec2.Vpc(f"tenants-{environment_suffix}", cidr_block="10.0.0.0/16")

for index, tenant in enumerate(["a", "b"]):
    aws.ec2.Subnet(
        f"subnet-{tenant}",
        vpc_id=vpc.id,
        cidr_block=f"10.0.{index}.0/24",
        tags={"Name": f"subnet-{tenant}-{environment_suffix}"},
    )
