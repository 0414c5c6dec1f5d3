import pulumi_aws as aws

reports = aws.s3.BucketV2("reports")

aws.s3.BucketLifecycleConfigurationV2(
    "reports-lifecycle",
    bucket=reports.id,
    rules=[
        aws.s3.BucketLifecycleConfigurationV2RuleArgs(
            id="versions",
            status="Enabled",
            filter=aws.s3.BucketLifecycleConfigurationV2RuleFilterArgs(),
            noncurrent_version_transitions=[
                aws.s3.BucketLifecycleConfigurationV2RuleNoncurrentVersionTransitionArgs(
                    noncurrent_days=30,
                    storage_class="GLACIER",
                )
            ],
            noncurrent_version_expiration=aws.s3.BucketLifecycleConfigurationV2RuleNoncurrentVersionExpirationArgs(
                noncurrent_days=120,
            ),
        )
    ],
)
