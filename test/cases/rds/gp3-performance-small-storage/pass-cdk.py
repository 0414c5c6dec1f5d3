from aws_cdk import Stack, aws_rds as rds
from constructs import Construct


class DatabaseStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        rds.CfnDBInstance(
            self,
            "Database",
            engine="oracle-se2",
            license_model="license-included",
            db_instance_class="db.m6i.large",
            allocated_storage="200",
            storage_type="gp3",
            iops=12000,
            master_username="admin",
            manage_master_user_password=True,
        )
