variable "environment_suffix" {
  type = string
}

resource "aws_dynamodb_table" "orders" {
  name                        = "orders-${var.environment_suffix}"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "orderId"
  deletion_protection_enabled = true

  attribute {
    name = "orderId"
    type = "S"
  }
}
