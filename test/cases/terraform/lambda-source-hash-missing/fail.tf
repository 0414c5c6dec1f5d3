variable "lambda_role_arn" {
  type = string
}

data "archive_file" "api" {
  type        = "zip"
  source_dir  = "${path.module}/src"
  output_path = "${path.module}/build/api.zip"
}

# Only the file name is compared: new code in the same archive is never deployed.
resource "aws_lambda_function" "api" {
  function_name = "orders-api"
  role          = var.lambda_role_arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = data.archive_file.api.output_path
}
