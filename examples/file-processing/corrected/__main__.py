"""Serverless file processing: S3 uploads trigger a Lambda function that reports to SNS."""
import pulumi
import pulumi_aws as aws

from infrastructure.api import FileApi
from infrastructure.config import ServiceConfig
from infrastructure.monitoring import create_error_rate_alarm
from infrastructure.processing import FileProcessor
from infrastructure.provider import create_provider
from infrastructure.storage import Storage

config = ServiceConfig()
provider = create_provider(config)

topic = aws.sns.Topic(
    "notifications", name=config.name("notifications"), opts=pulumi.ResourceOptions(provider=provider)
)
storage = Storage(config, provider)
processor = FileProcessor(config, provider, storage.bucket, topic)
api = FileApi(config, provider, processor.function)
create_error_rate_alarm(config, provider, processor.function, topic)

pulumi.export("bucket_name", storage.bucket.bucket)
pulumi.export("function_name", processor.function.name)
pulumi.export("topic_arn", topic.arn)
pulumi.export("api_gateway_url", api.api_url)
