variable "lambda_role_arn" {
  type = string
}

resource "aws_lambda_function" "payments" {
  function_name    = "payments"
  role             = var.lambda_role_arn
  runtime          = "nodejs20.x"
  handler          = "index.handler"
  filename         = "${path.module}/build/payments.zip"
  source_code_hash = filebase64sha256("${path.module}/build/payments.zip")
  publish          = true # every change becomes a numbered version
}

resource "aws_lambda_alias" "live" {
  name             = "live"
  function_name    = aws_lambda_function.payments.function_name
  function_version = aws_lambda_function.payments.version
}
