import pulumi_aws as aws

image = aws.ec2.get_ami_output(
    most_recent=True,
    owners=["amazon"],
    filters=[aws.ec2.GetAmiFilterArgs(name="name", values=["al2023-ami-*-x86_64"])],
)

bastion = aws.ec2.Instance(
    "bastion",
    ami=image.id,
    instance_type="t3.micro",
)
