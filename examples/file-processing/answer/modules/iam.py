import json

import pulumi_aws as aws

import config


def create_lambda_role(topic_arn, account_id):
    role = aws.iam.Role(
        "file-processor-role",
        name=f"{config.function_name}-role",
        assume_role_policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"Service": "lambda.amazonaws.com"},
                        "Action": "sts:AssumeRole",
                    }
                ],
            }
        ),
        tags=config.tags,
    )
    basic_execution = aws.iam.RolePolicyAttachment(
        "lambda-basic-execution",
        role=role.name,
        policy_arn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    )
    access_policy = aws.iam.Policy(
        "file-processor-access",
        name=f"{config.function_name}-access",
        policy=topic_arn.apply(
            lambda arn: json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": ["s3:GetObject", "s3:ListBucket"],
                            "Resource": [
                                f"arn:aws:s3:::{config.bucket_name}",
                                f"arn:aws:s3:::{config.bucket_name}/*",
                            ],
                        },
                        {"Effect": "Allow", "Action": ["sns:Publish"], "Resource": arn},
                        {
                            "Effect": "Allow",
                            "Action": ["lambda:InvokeFunction"],
                            "Resource": f"arn:aws:lambda:{config.aws_region}:{account_id}:function:{config.function_name}",
                        },
                    ],
                }
            )
        ),
    )
    access = aws.iam.RolePolicyAttachment(
        "file-processor-access-attachment",
        role=role.name,
        policy_arn=access_policy.arn,
    )
    return role, [basic_execution, access]
