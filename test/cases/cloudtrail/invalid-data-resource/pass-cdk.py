from aws_cdk import Stack, aws_cloudtrail as cloudtrail
from constructs import Construct


class AuditStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        cloudtrail.CfnTrail(
            self,
            "Trail",
            is_logging=True,
            s3_bucket_name="trail-logs-example",
            event_selectors=[
                cloudtrail.CfnTrail.EventSelectorProperty(
                    data_resources=[
                        cloudtrail.CfnTrail.DataResourceProperty(type="AWS::S3::Object", values=["arn:aws:s3:::audit-data/"])
                    ]
                )
            ],
        )
