import pulumi_aws as aws

# Standards are subscribed in an account that already has Security Hub enabled.
standard = aws.securityhub.StandardsSubscription(
    "cis",
    standards_arn="arn:aws:securityhub:us-east-1::standards/cis-aws-foundations-benchmark/v/1.4.0",
)
