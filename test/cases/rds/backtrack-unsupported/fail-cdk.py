from aws_cdk import Stack, aws_rds as rds
from constructs import Construct


class DatabaseStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        rds.CfnDBCluster(
            self,
            "Cluster",
            engine="aurora-postgresql",
            master_username="reports",
            manage_master_user_password=True,
            backtrack_window=72,
        )
