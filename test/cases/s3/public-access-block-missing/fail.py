import pulumi_aws as aws

reports = aws.s3.Bucket("reports")
