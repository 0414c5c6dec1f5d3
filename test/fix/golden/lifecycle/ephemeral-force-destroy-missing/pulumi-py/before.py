import pulumi
import pulumi_aws as aws

environment = pulumi.get_stack()  # pr-123

# Integration tests upload reports here and push the images they build.
test_reports = aws.s3.Bucket("test-reports", bucket=f"test-reports-{environment}")

api = aws.ecr.Repository("api", name=f"api-{environment}")
