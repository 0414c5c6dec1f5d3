from cdktf import App, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.db_instance import DbInstance


class DatabaseStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        DbInstance(
            self,
            "orders",
            engine="postgres",
            instance_class="db.t3.medium",
            allocated_storage=100,
            storage_type="gp3",
            iops=3000,
            username="orders",
            manage_master_user_password=True,
        )


app = App()
DatabaseStack(app, "database")
app.synth()
