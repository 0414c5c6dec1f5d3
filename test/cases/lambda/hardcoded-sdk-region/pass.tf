provider "aws" {
  region = "eu-west-1"
}

variable "lambda_role_arn" {
  type = string
}

data "archive_file" "processor" {
  type        = "zip"
  output_path = "${path.module}/build/processor.zip"

  source {
    filename = "index.py"
    content  = <<-EOT
      import os
      import boto3

      # The region the function runs in (AWS_REGION); IAM answers from us-east-1 anywhere.
      table = boto3.resource("dynamodb").Table(os.environ["TABLE_NAME"])
      iam = boto3.client("iam", region_name="us-east-1")

      def handler(event, context):
          table.put_item(Item={"id": event["id"]})
    EOT
  }
}

resource "aws_lambda_function" "processor" {
  function_name    = "processor"
  role             = var.lambda_role_arn
  runtime          = "python3.12"
  handler          = "index.handler"
  filename         = data.archive_file.processor.output_path
  source_code_hash = data.archive_file.processor.output_base64sha256

  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}
