variable "environment" {
  type        = string
  description = "Name of the pull-request environment, e.g. pr-123"
}

resource "aws_dynamodb_table" "orders" {
  name                        = "orders-${var.environment}"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "orderId"
  deletion_protection_enabled = false

  attribute {
    name = "orderId"
    type = "S"
  }
}
