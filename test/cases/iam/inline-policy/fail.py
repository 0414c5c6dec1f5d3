import json

import pulumi_aws as aws

role = aws.iam.Role(
    "orders",
    assume_role_policy=aws.iam.get_policy_document(statements=[{
        "actions": ["sts:AssumeRole"],
        "principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com"]}],
    }]).json,
)
table = aws.dynamodb.get_table_output(name="orders")

aws.iam.RolePolicy(
    "orders-dynamodb",
    role=role.id,
    policy=table.arn.apply(lambda table_arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem"], "Resource": table_arn}],
    })),
)
