import pulumi_aws as aws

# Security Hub is enabled once per region and account.
hub = aws.securityhub.Account("security-hub")
