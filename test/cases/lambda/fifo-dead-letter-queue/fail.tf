resource "aws_sqs_queue" "failed" {
  name       = "failed-events.fifo"
  fifo_queue = true
}

resource "aws_lambda_function" "ingest" {
  function_name = "ingest"
  role          = "arn:aws:iam::123456789012:role/ingest"
  runtime       = "python3.13"
  handler       = "index.handler"
  filename      = "ingest.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.failed.arn
  }
}
