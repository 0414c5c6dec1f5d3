import pulumi_aws as aws

vpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")

web = aws.ec2.SecurityGroup(
    "web",
    vpc_id=vpc.id,
    ingress=[{"from_port": 443, "to_port": 443, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"]}],
)
