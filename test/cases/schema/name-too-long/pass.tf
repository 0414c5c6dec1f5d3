variable "environment_suffix" {
  type = string
}

variable "public_subnet_ids" {
  type = list(string)
}

resource "aws_lb" "api" {
  name               = "payments-api-${var.environment_suffix}"
  load_balancer_type = "application"
  subnets            = var.public_subnet_ids
}
