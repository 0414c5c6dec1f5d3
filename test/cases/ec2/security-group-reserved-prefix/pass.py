import pulumi_aws as aws

web = aws.ec2.SecurityGroup(
    "web",
    name="web-sg",
    description="Web tier",
)
