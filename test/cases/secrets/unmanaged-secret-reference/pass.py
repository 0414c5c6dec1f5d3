import json

import pulumi
import pulumi_aws as aws

# The secret is managed elsewhere: its id is a stack setting.
db = aws.secretsmanager.get_secret_version_output(secret_id=pulumi.Config().require("dbSecretId"))

db_host = aws.ssm.Parameter(
    "db-host",
    type="String",
    value=db.secret_string.apply(lambda s: json.loads(s)["host"]),
)
