variable "environment_suffix" {
  type = string
}

resource "aws_sqs_queue" "orders" {
  name = "orders-${var.environment_suffix}"
}

# A stage the design names its resources after is a role, not the deployment's stage.
resource "aws_vpc" "production" {
  cidr_block = "10.0.0.0/16"
  tags       = { Name = "production-vpc-${var.environment_suffix}" }
}
