import json

import pulumi_aws as aws

# Nothing creates "orders/db-credentials": a fresh account fails here.
db = aws.secretsmanager.get_secret_version_output(secret_id="orders/db-credentials")

db_host = aws.ssm.Parameter(
    "db-host",
    type="String",
    value=db.secret_string.apply(lambda s: json.loads(s)["host"]),
)
