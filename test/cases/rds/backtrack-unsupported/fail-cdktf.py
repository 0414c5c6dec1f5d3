from cdktf import App, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.rds_cluster import RdsCluster


class DatabaseStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        RdsCluster(
            self,
            "reports",
            engine="aurora-postgresql",
            master_username="reports",
            manage_master_user_password=True,
            backtrack_window=72,
        )


app = App()
DatabaseStack(app, "database")
app.synth()
