import json

import pulumi_aws as aws

uploads = aws.s3.Bucket("uploads")

# uploads.arn is an Output: the f-string cannot read its value.
read_uploads = aws.iam.Policy(
    "read-uploads",
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"{uploads.arn}/*"}],
    }),
)
