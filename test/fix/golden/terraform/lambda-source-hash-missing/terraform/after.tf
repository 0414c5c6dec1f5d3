resource "aws_lambda_function" "api" {
  source_code_hash = filebase64sha256("${path.module}/api.zip")
  function_name    = "api-${var.environment_suffix}"
  role             = "arn:aws:iam::123456789012:role/api"
  handler          = "index.handler"
  runtime          = "nodejs20.x"
  filename         = "${path.module}/api.zip"
}

variable "environment_suffix" {
  type = string
}
