variable "lambda_role_arn" {
  type = string
}

resource "aws_lambda_function" "orders" {
  function_name    = "orders-api"
  role             = var.lambda_role_arn
  runtime          = "python3.12"
  handler          = "app.handler"
  filename         = "${path.module}/build/orders.zip"
  source_code_hash = filebase64sha256("${path.module}/build/orders.zip")

  environment {
    variables = {
      TABLE_NAME = "orders"
      AWS_REGION = "eu-west-1"
    }
  }
}
