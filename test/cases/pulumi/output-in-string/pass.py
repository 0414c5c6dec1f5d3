import json

import pulumi_aws as aws

uploads = aws.s3.Bucket("uploads")

# Build the document once the ARN is known.
read_uploads = aws.iam.Policy(
    "read-uploads",
    policy=uploads.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": f"{arn}/*"}],
    })),
)
