import json

import pulumi
import pulumi_aws as aws

region = aws.get_region_output().region
account = aws.get_caller_identity_output().account_id

role = aws.iam.Role(
    "worker",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ],
        }
    ),
)

aws.iam.RolePolicy(
    "worker-logs",
    role=role.id,
    policy=pulumi.Output.all(region, account).apply(
        lambda args: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
                        "Resource": f"arn:aws:logs:{args[0]}:{args[1]}:*",
                    }
                ],
            }
        )
    ),
)
