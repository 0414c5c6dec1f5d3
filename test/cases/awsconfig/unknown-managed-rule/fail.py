import pulumi_aws as aws

root_access_key = aws.cfg.Rule(
    "root-access-key-check",
    source=aws.cfg.RuleSourceArgs(owner="AWS", source_identifier="ROOT_ACCESS_KEY_CHECK"),
)
