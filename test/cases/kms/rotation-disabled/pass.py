import pulumi_aws as aws

key = aws.kms.Key(
    "data",
    description="Encrypts the orders table",
    enable_key_rotation=True,
)
