import pulumi
import pulumi_aws as aws

# The key for the data bucket.
key = aws.kms.Key(
    "data",
    description="Encrypts the data bucket",
    deletion_window_in_days=7
)
pulumi.export("key_arn", key.arn)
