import pulumi_aws as aws

orders = aws.rds.Instance(
    "orders",
    engine="postgres",
    engine_version="16.4",
    instance_class="db.r6g.large",
    allocated_storage=100,
    username="orders",
    manage_master_user_password=True,
    storage_encrypted=True,
    multi_az=True,
    backup_retention_period=14,
)
