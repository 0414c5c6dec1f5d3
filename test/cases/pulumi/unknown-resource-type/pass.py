import pulumi_aws as aws

recorder = aws.cfg.Recorder(
    "recorder",
    role_arn="arn:aws:iam::210987654321:role/config-recorder",
)
