import pulumi
import pulumi_aws as aws

orders = aws.rds.Instance(
    "orders",
    identifier="orders",
    engine="postgres",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="app",
    manage_master_user_password=True,
)
pulumi.export("orders", orders.id)
