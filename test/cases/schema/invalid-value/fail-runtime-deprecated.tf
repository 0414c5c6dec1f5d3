variable "lambda_role_arn" {
  type = string
}

# dotnet8: deprecated 2026-11-10, refused for new functions from 2026-12-10. Between the two
# it still deploys, unpatched: medium, naming the create-block date.
resource "aws_lambda_function" "worker" {
  function_name    = "orders-worker"
  role             = var.lambda_role_arn
  runtime          = "dotnet8"
  handler          = "Worker::Worker.Function::Handler"
  filename         = "build/worker.zip"
  source_code_hash = filebase64sha256("build/worker.zip")
}
