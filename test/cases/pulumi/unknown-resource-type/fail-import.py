import pulumi
from pulumi_aws import logs, s3

bucket = s3.Bucket("audit")
pulumi.export("bucket", bucket.id)
