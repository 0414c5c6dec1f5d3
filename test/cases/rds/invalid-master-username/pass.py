import pulumi
import pulumi_aws as aws

config = pulumi.Config()

reports = aws.rds.Cluster(
    "reports",
    engine="aurora-postgresql",
    master_username="reports",
    master_password=config.require_secret("dbPassword"),
)
