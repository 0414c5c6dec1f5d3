import pulumi_aws as aws

aws.s3.BucketReplicationConfig(
    "documents",
    role="arn:aws:iam::123456789012:role/replication",
    bucket="documents-primary-example",
    rules=[
        aws.s3.BucketReplicationConfigRuleArgs(
            id="replicate-all",
            status="Enabled",
            destination=aws.s3.BucketReplicationConfigRuleDestinationArgs(
                bucket="arn:aws:s3:::documents-replica-example",
                encryption_configuration=aws.s3.BucketReplicationConfigRuleDestinationEncryptionConfigurationArgs(
                    replica_kms_key_id="arn:aws:kms:us-west-2:123456789012:key/replica",
                ),
            ),
        )
    ],
)
