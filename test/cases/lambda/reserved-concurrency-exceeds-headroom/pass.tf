variable "lambda_role_arn" {
  type = string
}

resource "aws_lambda_function" "worker" {
  function_name                  = "orders-worker"
  role                           = var.lambda_role_arn
  runtime                        = "python3.12"
  handler                        = "app.handler"
  filename                       = "build/worker.zip"
  source_code_hash               = filebase64sha256("build/worker.zip")
  reserved_concurrent_executions = 10
}
