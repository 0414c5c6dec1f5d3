import pulumi
import pulumi_aws as aws

config = pulumi.Config()
environment_suffix = config.get("environment_suffix") or "dev"

artifacts = aws.s3.Bucket("artifacts", bucket=f"pipeline-artifacts-{environment_suffix}")

orders_table = aws.dynamodb.Table(
    "orders",
    name=f"orders-{environment_suffix}",
    billing_mode="PAY_PER_REQUEST",
    hash_key="order_id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="order_id", type="S")],
)
