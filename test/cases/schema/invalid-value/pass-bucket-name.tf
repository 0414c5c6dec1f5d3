variable "project" {
  type    = string
  default = "secure-app"
}

variable "environment" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "${var.project}-data-${var.environment}"
}

resource "aws_s3_bucket" "logs" {
  bucket = "${lower(var.environment)}-access-logs"
}
