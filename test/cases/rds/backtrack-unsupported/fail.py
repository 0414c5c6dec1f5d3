import pulumi_aws as aws

legacy = aws.rds.Cluster(
    "legacy",
    engine="aurora-mysql",
    engine_mode="serverless",
    master_username="legacy",
    master_password="Legacy-Password-2024",
    backtrack_window=3600,
)
