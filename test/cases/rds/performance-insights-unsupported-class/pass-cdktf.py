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
            engine="mysql",
            instance_class="db.m5.large",
            allocated_storage=20,
            username="orders",
            manage_master_user_password=True,
            performance_insights_enabled=True,
        )


app = App()
DatabaseStack(app, "database")
app.synth()
