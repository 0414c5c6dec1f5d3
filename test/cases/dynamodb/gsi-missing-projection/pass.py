import pulumi_aws as aws

orders = aws.dynamodb.Table(
    "orders",
    name="orders",
    billing_mode="PAY_PER_REQUEST",
    hash_key="order_id",
    attributes=[
        aws.dynamodb.TableAttributeArgs(name="order_id", type="S"),
        aws.dynamodb.TableAttributeArgs(name="customer_id", type="S"),
    ],
    global_secondary_indexes=[
        aws.dynamodb.TableGlobalSecondaryIndexArgs(
            name="by-customer",
            hash_key="customer_id",
            projection_type="ALL",
        ),
    ],
)
