import json

import pulumi_aws as aws

role = aws.iam.Role(
    "file-processor",
    assume_role_policy=aws.iam.get_policy_document(statements=[{
        "actions": ["sts:AssumeRole"],
        "principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com"]}],
    }]).json,
)

log_group = aws.cloudwatch.LogGroup("file-processor", name="/aws/lambda/file-processor", retention_in_days=14)

# Only the function's own log group, not every log group of the account.
logs_policy = aws.iam.Policy(
    "file-processor-logs",
    policy=log_group.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
            "Resource": f"{arn}:*",
        }],
    })),
)

aws.iam.RolePolicyAttachment("file-processor-logs", role=role.name, policy_arn=logs_policy.arn)
