from aws_cdk import Stack, aws_backup as backup
from constructs import Construct


class BackupStack(Stack):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        backup.CfnBackupPlan(
            self,
            "Plan",
            backup_plan=backup.CfnBackupPlan.BackupPlanResourceTypeProperty(
                backup_plan_name="daily",
                backup_plan_rule=[
                    backup.CfnBackupPlan.BackupRuleResourceTypeProperty(
                        rule_name="daily",
                        target_backup_vault="main-vault",
                        lifecycle=backup.CfnBackupPlan.LifecycleResourceTypeProperty(
                            move_to_cold_storage_after_days=30,
                            delete_after_days=100,
                        ),
                    )
                ],
            ),
        )
