import pulumi
import pulumi_aws as aws

users = aws.dynamodb.Table(
    "users",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[
        aws.dynamodb.TableAttributeArgs(name="id", type="S"),
        aws.dynamodb.TableAttributeArgs(name="email", type="S"),
    ],
    global_secondary_indexes=[
        aws.dynamodb.TableGlobalSecondaryIndexArgs(name="email-index", hash_key="email"),
        {
            "name": "status-index",
            "hash_key": "email",
        },
    ],
)
