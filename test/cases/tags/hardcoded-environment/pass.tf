variable "environment" {
  type = string
}

resource "aws_sqs_queue" "jobs" {
  name_prefix = "jobs-"

  tags = {
    Service     = "orders"
    Environment = var.environment
  }
}
