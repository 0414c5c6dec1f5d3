import pulumi_aws as aws

orders = aws.rds.Instance(
    "orders",
    engine="mysql",
    instance_class="db.t2.small",
    allocated_storage=20,
    username="orders",
    manage_master_user_password=True,
    performance_insights_enabled=True,
)
