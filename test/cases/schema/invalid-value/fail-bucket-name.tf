variable "project" {
  type    = string
  default = "SecureApp"
}

resource "aws_s3_bucket" "data" {
  bucket = "${var.project}-data"
}

resource "aws_s3_bucket" "logs" {
  bucket = "access_logs-bucket"
}
