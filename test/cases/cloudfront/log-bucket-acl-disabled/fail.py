from aws_cdk import Stack
from aws_cdk import aws_cloudfront as cloudfront
from aws_cdk import aws_cloudfront_origins as origins
from aws_cdk import aws_s3 as s3
from constructs import Construct


class SiteStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        site = s3.Bucket(self, "Site")
        logs = s3.Bucket(self, "Logs", object_ownership=s3.ObjectOwnership.BUCKET_OWNER_ENFORCED)
        cloudfront.Distribution(
            self,
            "Cdn",
            default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_origin_access_control(site)),
            enable_logging=True,
            log_bucket=logs,
        )
