variable "environment_suffix" {
  type = string
}

resource "aws_sqs_queue" "jobs" {
  name = "orders-jobs-${var.environment_suffix}"
}
