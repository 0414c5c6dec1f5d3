import pulumi
import pulumi_aws as aws

environment = pulumi.get_stack()  # pr-123

orders = aws.dynamodb.Table(
    "orders",
    name=f"orders-{environment}",
    billing_mode="PAY_PER_REQUEST",
    hash_key="orderId",
    attributes=[aws.dynamodb.TableAttributeArgs(name="orderId", type="S")],
    deletion_protection_enabled=False,
)
