import pulumi_aws as aws

bastion = aws.ec2.Instance(
    "bastion",
    ami="ami-0abcdef1234567890",
    instance_type="t3.micro",
)
