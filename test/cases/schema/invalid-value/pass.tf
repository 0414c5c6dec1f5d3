variable "lambda_role_arn" {
  type = string
}

resource "aws_lambda_function" "api" {
  function_name    = "orders-api"
  role             = var.lambda_role_arn
  runtime          = "nodejs22.x"
  handler          = "index.handler"
  filename         = "build/api.zip"
  source_code_hash = filebase64sha256("build/api.zip")
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/lambda/orders-api"
  retention_in_days = 30
}
