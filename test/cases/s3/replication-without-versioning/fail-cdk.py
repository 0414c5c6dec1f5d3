from aws_cdk import Stack, aws_s3 as s3
from constructs import Construct


class StorageStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        replica = s3.CfnBucket(self, "Replica")
        s3.CfnBucket(
            self,
            "Source",
            replication_configuration={
                "role": "arn:aws:iam::123456789012:role/replication",
                "rules": [{"status": "Enabled", "destination": {"bucket": replica.attr_arn}}],
            },
        )
