variable "lambda_role_arn" {
  type = string
}

data "archive_file" "checker" {
  type        = "zip"
  output_path = "${path.module}/build/checker.zip"

  source {
    filename = "index.py"
    content  = <<-EOT
      import json
      import boto3
      from botocore.exceptions import ClientError
      try:
          import psycopg2
      except ImportError:
          psycopg2 = None

      def handler(event, context):
          return {"statusCode": 200, "body": json.dumps({"driver": psycopg2 is not None})}
    EOT
  }
}

resource "aws_lambda_function" "checker" {
  function_name    = "checker"
  role             = var.lambda_role_arn
  runtime          = "python3.12"
  handler          = "index.handler"
  filename         = data.archive_file.checker.output_path
  source_code_hash = data.archive_file.checker.output_base64sha256
}
