import pulumi_aws as aws

orders = aws.rds.Instance(
    "orders",
    engine="postgres",
    instance_class="db.t4g.micro",
    allocated_storage=20,
    username="orders_admin",
    # RDS generates the password and keeps it in Secrets Manager.
    manage_master_user_password=True,
    skip_final_snapshot=True,
)
