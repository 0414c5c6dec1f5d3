import pulumi_aws as aws

# Inline versioning is a deprecated argument of the bucket.
reports = aws.s3.Bucket("reports", versioning={"enabled": True})
