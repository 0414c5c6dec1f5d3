import pulumi_aws as aws

archive_key = aws.kms.Key(
    "archive",
    description="Encrypts the yearly archive exports",
    enable_key_rotation=True,
)

# preflight-ignore kms/rotation-disabled: rotated by hand, a new key and an alias swap every year (SEC-88)
legacy_key = aws.kms.Key("legacy-archive", description="Encrypts the archive exports before 2024")
