import json

import pulumi
import pulumi_aws as aws

bucket = aws.s3.Bucket("audit-logs")

policy = aws.s3.BucketPolicy(
    "audit-logs-policy",
    bucket=bucket.id,
    policy=bucket.arn.apply(
        lambda arn: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"Service": "cloudtrail.amazonaws.com"},
                        "Action": "s3:GetBucketAcl",
                        "Resource": arn,
                    },
                    {
                        "Effect": "Allow",
                        "Principal": {"Service": "cloudtrail.amazonaws.com"},
                        "Action": "s3:PutObject",
                        "Resource": f"{arn}/AWSLogs/*",
                    },
                ],
            }
        )
    ),
)

trail = aws.cloudtrail.Trail(
    "main",
    s3_bucket_name=bucket.id,
    opts=pulumi.ResourceOptions(depends_on=[policy]),
)
