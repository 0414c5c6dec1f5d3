import pulumi
from pulumi_aws import cloudwatch, get_region, lambda_, pricing, s3

bucket = s3.Bucket("audit")
logs = cloudwatch.LogGroup("audit", retention_in_days=14)
pulumi.export("bucket", bucket.id)
