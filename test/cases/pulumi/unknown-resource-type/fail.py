import pulumi_aws as aws

recorder = aws.cfg.ConfigurationRecorder(
    "recorder",
    role_arn="arn:aws:iam::210987654321:role/config-recorder",
)
