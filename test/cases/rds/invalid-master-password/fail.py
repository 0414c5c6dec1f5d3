import pulumi_aws as aws

reports = aws.rds.Cluster(
    "reports",
    engine="aurora-mysql",
    master_username="reports",
    master_password="reports/2024-secret",
)
