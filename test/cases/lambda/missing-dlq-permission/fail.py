import json

import pulumi_aws as aws

failed = aws.sqs.Queue("worker-failed")

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

aws.iam.RolePolicyAttachment(
    "worker-logs",
    role=role.name,
    policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
)

aws.lambda_.Function(
    "worker",
    role=role.arn,
    runtime="python3.13",
    handler="index.handler",
    dead_letter_config=aws.lambda_.FunctionDeadLetterConfigArgs(target_arn=failed.arn),
)
