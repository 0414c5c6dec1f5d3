import json

import pulumi_aws as aws

key = aws.kms.Key(
    "trail-key",
    enable_key_rotation=True,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111111111111:root"}, "Action": "kms:*", "Resource": "*"},
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "cloudtrail.amazonaws.com"},
                    "Action": ["kms:GenerateDataKey*", "kms:DescribeKey"],
                    "Resource": "*",
                },
            ],
        }
    ),
)

trail = aws.cloudtrail.Trail("main", s3_bucket_name="audit-logs-bucket", kms_key_id=key.arn)
