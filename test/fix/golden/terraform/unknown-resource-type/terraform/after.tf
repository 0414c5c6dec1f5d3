resource "aws_s3_bucket" "artifacts" {
  bucket = "artifacts-${var.environment_suffix}"
}

variable "environment_suffix" {
  type = string
}

resource "aws_s3_bucket_server_side_encryption_configuration" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
