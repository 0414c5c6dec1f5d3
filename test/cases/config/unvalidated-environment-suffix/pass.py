import re

import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environment_suffix") or "dev"
# Bucket names are lowercase and at most 63 characters: refuse a bad suffix up front.
if not re.fullmatch(r"[a-z0-9-]{1,20}", environment_suffix):
    raise ValueError(f"environment_suffix must be 1-20 of [a-z0-9-], got {environment_suffix!r}")

artifacts = aws.s3.Bucket("artifacts", bucket=f"pipeline-artifacts-{environment_suffix}")

orders_table = aws.dynamodb.Table(
    "orders",
    name=f"orders-{environment_suffix}",
    billing_mode="PAY_PER_REQUEST",
    hash_key="order_id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="order_id", type="S")],
)
