variable "environment_suffix" {
  type = string
}

resource "aws_sqs_queue" "orders" {
  name = "orders-prod-${var.environment_suffix}"
}
