from aws_cdk import Stack, aws_rds as rds
from constructs import Construct


class DatabaseStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        rds.CfnDBInstance(
            self,
            "Database",
            engine="postgres",
            db_instance_class="db.t4g.small",
            allocated_storage="20",
            master_username="admin",
            manage_master_user_password=True,
            enable_performance_insights=True,
        )
