variable "lambda_role_arn" {
  type = string
}

variable "environment" {
  type = string
}

resource "aws_lambda_function" "payments" {
  function_name    = "payments"
  role             = var.lambda_role_arn
  runtime          = "nodejs22.x"
  handler          = "index.handler"
  filename         = "${path.module}/build/payments.zip"
  source_code_hash = filebase64sha256("${path.module}/build/payments.zip")
}

# High rather than critical: only production creates the provisioned concurrency, and there it fails.
resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.payments.function_name
  function_version = "$LATEST"
}

resource "aws_lambda_provisioned_concurrency_config" "live" {
  count                             = var.environment == "prod" ? 1 : 0
  function_name                     = aws_lambda_function.payments.function_name
  qualifier                         = aws_lambda_alias.live.name
  provisioned_concurrent_executions = 10
}
