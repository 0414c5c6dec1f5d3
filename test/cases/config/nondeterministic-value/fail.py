import random
import string

import pulumi_aws as aws

# A new password on every `pulumi up`: the database's master password is reset by each deployment.
password = "".join(random.choices(string.ascii_letters + string.digits, k=16))

db = aws.rds.Instance(
    "orders",
    engine="postgres",
    instance_class="db.t3.micro",
    allocated_storage=20,
    username="orders",
    password=password,
    skip_final_snapshot=True,
)
