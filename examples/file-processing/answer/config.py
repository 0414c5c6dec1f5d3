"""Settings of the file-processing service."""

# Region configuration
aws_region = "us-east-1"

bucket_name = "serverless-file-processing-bucket"
function_name = "file-processor-lambda"
topic_name = "file-processing-notifications"
api_name = "file-processing-api"

max_retries = 3
tags = {"Project": "file-processing", "ManagedBy": "pulumi"}
