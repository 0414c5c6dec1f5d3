import pulumi_aws as aws

orders = aws.dynamodb.Table(
    "orders",
    name="orders",
    billing_mode="PAY_PER_REQUEST",
    hash_key="order_id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="order_id", type="S")],
    point_in_time_recovery=aws.dynamodb.TablePointInTimeRecoveryArgs(enabled=True),
)

payments = aws.dynamodb.Table(
    "payments",
    name="payments",
    billing_mode="PAY_PER_REQUEST",
    hash_key="payment_id",
    attributes=[aws.dynamodb.TableAttributeArgs(name="payment_id", type="S")],
    point_in_time_recovery=aws.dynamodb.TablePointInTimeRecoveryArgs(enabled=True),
)
