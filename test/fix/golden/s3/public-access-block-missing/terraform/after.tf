resource "aws_s3_bucket" "artifacts" {
  bucket = "artifacts-${var.environment_suffix}"
}

resource "aws_s3_bucket_public_access_block" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

variable "environment_suffix" {
  type = string
}
