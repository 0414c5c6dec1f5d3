import pulumi_aws as aws

orders = aws.rds.Instance(
    "orders",
    engine="mariadb",
    instance_class="db.t3.medium",
    allocated_storage=20,
    storage_type="gp3",
    username="orders",
    manage_master_user_password=True,
)
