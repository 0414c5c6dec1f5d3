import pulumi_aws as aws

orders = aws.rds.Instance(
    "orders",
    engine="postgres",
    engine_version="14.7",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="orders",
    manage_master_user_password=True,
)
