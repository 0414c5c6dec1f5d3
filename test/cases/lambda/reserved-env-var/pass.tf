variable "lambda_role_arn" {
  type = string
}

# The handler reads AWS_REGION, which the Lambda runtime sets.
resource "aws_lambda_function" "orders" {
  function_name    = "orders-api"
  role             = var.lambda_role_arn
  runtime          = "python3.12"
  handler          = "app.handler"
  filename         = "${path.module}/build/orders.zip"
  source_code_hash = filebase64sha256("${path.module}/build/orders.zip")

  environment {
    variables = {
      TABLE_NAME    = "orders"
      REPORT_REGION  = "eu-west-1"
    }
  }
}
