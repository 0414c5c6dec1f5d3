resource "aws_security_group" "synthetics" {
  name_prefix = "synthetics-"
  description = "Canary egress"
  vpc_id      = var.vpc_id
}

variable "vpc_id" {
  type = string
}
