"""Serverless file processing: S3 uploads trigger a Lambda function that reports to SNS."""
import pulumi
import pulumi_aws as aws

import config
from modules import api_gateway, iam, lambda_function, monitoring, s3

account_id = aws.get_caller_identity().account_id

topic = aws.sns.Topic("file-notifications", name=config.topic_name, tags=config.tags)
key = aws.kms.Key(
    "file-processor-key",
    description="Encrypts the file processor's environment",
    enable_key_rotation=True,
    deletion_window_in_days=7,
)
bucket = s3.create_bucket()
role, attachments = iam.create_lambda_role(topic.arn, account_id)
function = lambda_function.create_function(role, attachments, bucket, topic, key)
api = api_gateway.create_api(function)
monitoring.create_error_alarm(function, topic)

pulumi.export("bucket_name", bucket.bucket)
pulumi.export("function_name", function.name)
pulumi.export("topic_arn", topic.arn)
pulumi.export("api_gateway_url", api.url)
