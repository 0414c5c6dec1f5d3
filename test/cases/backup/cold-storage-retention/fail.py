import pulumi_aws as aws

vault = aws.backup.Vault("vault")
replica = aws.backup.Vault("replica")

aws.backup.Plan(
    "plan",
    rules=[
        aws.backup.PlanRuleArgs(
            rule_name="daily",
            target_vault_name=vault.name,
            schedule="cron(0 5 * * ? *)",
            lifecycle=aws.backup.PlanRuleLifecycleArgs(delete_after=35),
            copy_actions=[
                aws.backup.PlanRuleCopyActionArgs(
                    destination_vault_arn=replica.arn,
                    lifecycle=aws.backup.PlanRuleCopyActionLifecycleArgs(
                        cold_storage_after=30,
                        delete_after=60,
                    ),
                )
            ],
        )
    ],
)
