variable "lambda_role_arn" {
  type = string
}

# A failure raises: Lambda retries the asynchronous event itself.
data "archive_file" "processor" {
  type        = "zip"
  output_path = "${path.module}/build/processor.zip"

  source {
    filename = "index.py"
    content  = <<-EOT
      def handler(event, context):
          process(event)
    EOT
  }
}

resource "aws_lambda_function" "processor" {
  function_name    = "processor"
  role             = var.lambda_role_arn
  runtime          = "python3.12"
  handler          = "index.handler"
  filename         = data.archive_file.processor.output_path
  source_code_hash = data.archive_file.processor.output_base64sha256
}

resource "aws_sqs_queue" "failed" {
  name_prefix = "processor-failed-"
}

resource "aws_lambda_function_event_invoke_config" "processor" {
  function_name          = aws_lambda_function.processor.function_name
  maximum_retry_attempts = 2

  destination_config {
    on_failure {
      destination = aws_sqs_queue.failed.arn
    }
  }
}
