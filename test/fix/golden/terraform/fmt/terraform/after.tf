resource "aws_sqs_queue" "jobs" {
  name                       = "jobs-${var.environment_suffix}"
  visibility_timeout_seconds = 60 # one minute
  delay_seconds              = 0
}

variable "environment_suffix" {
  type = string
}
