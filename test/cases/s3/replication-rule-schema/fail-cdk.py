from aws_cdk import Stack, aws_s3 as s3
from constructs import Construct


class DocumentsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        s3.CfnBucket(
            self,
            "Documents",
            versioning_configuration=s3.CfnBucket.VersioningConfigurationProperty(status="Enabled"),
            replication_configuration=s3.CfnBucket.ReplicationConfigurationProperty(
                role="arn:aws:iam::123456789012:role/replication",
                rules=[
                    s3.CfnBucket.ReplicationRuleProperty(
                        status="Enabled",
                        filter=s3.CfnBucket.ReplicationRuleFilterProperty(prefix=""),
                        destination=s3.CfnBucket.ReplicationDestinationProperty(
                            bucket="arn:aws:s3:::documents-replica-example",
                        ),
                    )
                ],
            ),
        )
