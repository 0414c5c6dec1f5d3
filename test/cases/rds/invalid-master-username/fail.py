import pulumi_aws as aws

reports = aws.rds.Cluster(
    "reports",
    engine="aurora-postgresql",
    master_username="admin",
    manage_master_user_password=True,
)
