import pulumi_aws as aws

aws_region = "us-east-1"

# Created through the default provider, whose region comes from the stack or environment.
jobs = aws.sqs.Queue("jobs")
