import pulumi_aws as aws

web = aws.ec2.SecurityGroup(
    "web",
    name="sg-web",
    description="Web tier",
)
