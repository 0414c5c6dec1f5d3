from cdktf import App, TerraformStack
from constructs import Construct
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.backup_plan import BackupPlan


class BackupStack(TerraformStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        AwsProvider(self, "aws", region="us-east-1")
        BackupPlan(
            self,
            "plan",
            name="daily",
            rule=[
                {
                    "rule_name": "daily",
                    "target_vault_name": "main-vault",
                    "schedule": "cron(0 5 * * ? *)",
                    "lifecycle": {"cold_storage_after": 30, "delete_after": 60},
                }
            ],
        )


app = App()
BackupStack(app, "backup")
app.synth()
