import pulumi_aws as aws

media = aws.s3.Bucket("media")

aws.s3.BucketCorsConfiguration(
    "media",
    bucket=media.id,
    cors_rules=[
        aws.s3.BucketCorsConfigurationCorsRuleArgs(
            allowed_methods=["*"],
            allowed_origins=["https://example.com"],
        )
    ],
)
