import json

import pulumi_aws as aws

table = aws.dynamodb.Table(
    "findings",
    attributes=[aws.dynamodb.TableAttributeArgs(name="id", type="S")],
    hash_key="id",
    billing_mode="PAY_PER_REQUEST",
    stream_enabled=True,
    stream_view_type="NEW_IMAGE",
)

role = aws.iam.Role(
    "worker-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"Service": "lambda.amazonaws.com"}}
            ],
        }
    ),
)

aws.iam.RolePolicy(
    "worker-policy",
    role=role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["dynamodb:PutItem", "dynamodb:Query", "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:DescribeStream", "dynamodb:ListStreams"], "Resource": "*"}],
        }
    ),
)

worker = aws.lambda_.Function("worker", role=role.arn, runtime="python3.13", handler="index.handler")

aws.lambda_.EventSourceMapping(
    "findings-stream",
    event_source_arn=table.stream_arn,
    function_name=worker.arn,
    starting_position="LATEST",
)
