resource "aws_sqs_queue" "failed" {
  name_prefix = "orders-failed-"
}

resource "aws_lambda_function_event_invoke_config" "worker" {
  function_name          = "orders-worker"
  maximum_retry_attempts = 1
  maximum_event_age      = 3600 # the argument is maximum_event_age_in_seconds

  destination_config {
    on_failure {
      destination_arn = aws_sqs_queue.failed.arn # the argument is destination
    }
  }
}
