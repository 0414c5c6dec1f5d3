resource "aws_s3_bucket" "artifacts" {
  bucket = "artifacts-${var.environment_suffix}"
}

variable "environment_suffix" {
  type = string
}
