import pulumi
import pulumi_aws as aws

aws_region = "us-east-1"

provider = aws.Provider("aws", region=aws_region)

jobs = aws.sqs.Queue("jobs", opts=pulumi.ResourceOptions(provider=provider))
