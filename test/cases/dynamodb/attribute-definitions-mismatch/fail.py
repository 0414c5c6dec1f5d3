import pulumi_aws as aws

transactions = aws.dynamodb.Table(
    "transactions",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[
        aws.dynamodb.TableAttributeArgs(name="id", type="S"),
        aws.dynamodb.TableAttributeArgs(name="timestamp", type="S"),
    ],
)
