import pulumi_aws as aws

# One program deploys every environment: the loop's item is in each name.
for stage in ["dev", "prod"]:
    aws.s3.Bucket(f"data-{stage}", bucket=f"acme-data-{stage}")
