from aws_cdk import Stack, aws_s3 as s3
from constructs import Construct


class MediaStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.CfnBucket(
            self,
            "Media",
            cors_configuration=s3.CfnBucket.CorsConfigurationProperty(
                cors_rules=[
                    s3.CfnBucket.CorsRuleProperty(allowed_methods=["GET"], allowed_origins=["*"])
                ]
            ),
        )
