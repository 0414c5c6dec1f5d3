import pulumi_aws as aws

role = aws.iam.Role(
    "file-processor",
    assume_role_policy=aws.iam.get_policy_document(statements=[{
        "actions": ["sts:AssumeRole"],
        "principals": [{"type": "Service", "identifiers": ["lambda.amazonaws.com"]}],
    }]).json,
)

aws.iam.RolePolicyAttachment(
    "file-processor-s3",
    role=role.name,
    policy_arn="arn:aws:iam::aws:policy/AmazonS3FullAccess",
)
