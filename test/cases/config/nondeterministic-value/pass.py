import pulumi_aws as aws
import pulumi_random as random

# Generated once and kept in state.
password = random.RandomPassword("orders-db", length=16, special=False)

db = aws.rds.Instance(
    "orders",
    engine="postgres",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="orders",
    password=password.result,
    skip_final_snapshot=True,
)
