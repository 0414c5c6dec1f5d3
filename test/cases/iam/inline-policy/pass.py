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

dynamo_policy = aws.iam.Policy(
    "orders-dynamodb",
    policy=table.arn.apply(lambda table_arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:PutItem"], "Resource": table_arn}],
    })),
)

aws.iam.RolePolicyAttachment("orders-dynamodb", role=role.name, policy_arn=dynamo_policy.arn)
