variable "lambda_role_arn" {
  type = string
}

data "archive_file" "orders" {
  type        = "zip"
  output_path = "${path.module}/build/orders.zip"

  source {
    filename = "app.py"
    content  = "def handler(event, context):\n    return {'statusCode': 200, 'body': 'Hello from Lambda!'}\n"
  }
}

resource "aws_lambda_function" "orders" {
  function_name    = "orders-api"
  role             = var.lambda_role_arn
  runtime          = "python3.12"
  handler          = "app.handler"
  filename         = data.archive_file.orders.output_path
  source_code_hash = data.archive_file.orders.output_base64sha256
}
