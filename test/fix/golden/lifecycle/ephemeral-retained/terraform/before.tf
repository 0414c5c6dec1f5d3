variable "environment" {
  type        = string
  description = "Name of the pull-request environment, e.g. pr-123"
}

resource "aws_sqs_queue" "orders" {
  name = "orders-${var.environment}"

  # Copied from the production module.
  lifecycle {
    prevent_destroy = true
  }
}
