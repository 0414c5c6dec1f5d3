resource "aws_lambda_function" "api" {
  function_name                  = "api"
  role                           = "arn:aws:iam::123456789012:role/api"
  handler                        = "index.handler"
  runtime                        = "nodejs20.x"
  filename                       = "api.zip"
  source_code_hash               = filebase64sha256("api.zip")
  reserved_concurrent_executions = 500 # keep capacity for the API
}

resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/lambda/api"
  retention_in_days = 14
}
