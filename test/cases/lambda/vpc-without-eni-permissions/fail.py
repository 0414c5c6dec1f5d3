import json

import pulumi_aws as aws

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
    managed_policy_arns=["arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"],
)

aws.lambda_.Function(
    "worker",
    role=role.arn,
    runtime="python3.13",
    handler="index.handler",
    vpc_config=aws.lambda_.FunctionVpcConfigArgs(
        subnet_ids=["subnet-0123456789abcdef0"],
        security_group_ids=["sg-0123456789abcdef0"],
    ),
)
