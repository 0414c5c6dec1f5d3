variable "aws_region" {
  type    = string
  default = "us-east-1"
}

variable "project_name" {
  type    = string
  default = "orders"
}

variable "environment_suffix" {
  type = string
}
