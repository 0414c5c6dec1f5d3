import pulumi_aws as aws

zones = aws.get_availability_zones_output(state="available")

vpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")

private_a = aws.ec2.Subnet(
    "private-a",
    vpc_id=vpc.id,
    cidr_block="10.0.1.0/24",
    availability_zone=zones.names[0],
)
