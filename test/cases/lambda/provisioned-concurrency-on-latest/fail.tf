variable "lambda_role_arn" {
  type = string
}

resource "aws_lambda_function" "api" {
  function_name    = "orders-api"
  role             = var.lambda_role_arn
  runtime          = "nodejs20.x"
  handler          = "index.handler"
  filename         = "build/api.zip"
  source_code_hash = filebase64sha256("build/api.zip")
}

# The function publishes no version, so its version is "$LATEST".
resource "aws_lambda_provisioned_concurrency_config" "api" {
  function_name                     = aws_lambda_function.api.function_name
  qualifier                         = aws_lambda_function.api.version
  provisioned_concurrent_executions = 5
}
