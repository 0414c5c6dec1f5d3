import pulumi
import pulumi_aws as aws

environment_suffix = pulumi.Config().require("environmentSuffix")

uploads = aws.s3.Bucket("uploads", bucket="orders-uploads")

jobs = aws.sqs.Queue("jobs", name="orders-jobs")
