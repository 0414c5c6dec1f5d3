variable "lambda_role_arn" {
  type = string
}

# The greeting is the answer of a small API: the handler reads the request it gets.
data "archive_file" "hello" {
  type        = "zip"
  output_path = "${path.module}/build/hello.zip"

  source {
    filename = "app.py"
    content  = <<-EOF
import json

def handler(event, context):
    return {
        "statusCode": 200,
        "body": json.dumps({"message": "Hello from Lambda!", "path": event.get("path")}),
    }
EOF
  }
}

resource "aws_lambda_function" "hello" {
  function_name    = "hello-api"
  role             = var.lambda_role_arn
  runtime          = "python3.12"
  handler          = "app.handler"
  filename         = data.archive_file.hello.output_path
  source_code_hash = data.archive_file.hello.output_base64sha256
}
