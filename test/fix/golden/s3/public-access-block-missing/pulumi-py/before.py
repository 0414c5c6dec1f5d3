import pulumi
import pulumi_aws as aws

# Build artifacts.
artifacts = aws.s3.Bucket("artifacts", force_destroy=True)

pulumi.export("bucket_name", artifacts.bucket)
