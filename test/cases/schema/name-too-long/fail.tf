variable "environment_suffix" {
  type = string
}

variable "public_subnet_ids" {
  type = list(string)
}

# Load balancer names are limited to 32 characters; the constant part alone has 34.
resource "aws_lb" "api" {
  name               = "payments-api-application-balancer-${var.environment_suffix}"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids
}
