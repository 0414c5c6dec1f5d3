variable "lambda_role_arn" {
  type = string
}

data "archive_file" "orders" {
  type        = "zip"
  source_dir  = "${path.module}/src/orders"
  output_path = "${path.module}/build/orders.zip"
}

resource "aws_lambda_function" "orders" {
  function_name    = "orders-api"
  role             = var.lambda_role_arn
  runtime          = "python3.12"
  handler          = "app.handler"
  filename         = data.archive_file.orders.output_path
  source_code_hash = data.archive_file.orders.output_base64sha256
}
