variable "environment" {
  type = string
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs-${var.environment}"

  tags = {
    Environment = "production"
  }
}
