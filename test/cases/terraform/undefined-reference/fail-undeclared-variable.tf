# var.environment_suffix is used but no variable block declares it.
resource "aws_sqs_queue" "jobs" {
  name = "orders-jobs-${var.environment_suffix}"
}
