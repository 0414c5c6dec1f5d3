provider "aws" {
  region = "eu-west-1"
}

variable "lambda_role_arn" {
  type = string
}

data "archive_file" "reporter" {
  type        = "zip"
  output_path = "${path.module}/build/reporter.zip"

  source {
    filename = "index.py"
    content  = <<-EOT
      import os
      import boto3

      sqs = boto3.client("sqs", region_name=os.environ["REGION"])

      def handler(event, context):
          return sqs.list_queues()
    EOT
  }
}

# The function is created in eu-west-1, and the region its handler is given says so.
resource "aws_lambda_function" "reporter" {
  function_name    = "reporter"
  role             = var.lambda_role_arn
  runtime          = "python3.12"
  handler          = "index.handler"
  filename         = data.archive_file.reporter.output_path
  source_code_hash = data.archive_file.reporter.output_base64sha256

  environment {
    variables = {
      REGION = "eu-west-1"
    }
  }
}
