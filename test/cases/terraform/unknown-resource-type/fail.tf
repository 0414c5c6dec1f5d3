resource "aws_s3_bucket" "logs" {
  bucket_prefix = "orders-logs-"
}

# Not a resource of the AWS provider.
resource "aws_s3_bucket_encryption" "logs" {
  bucket = aws_s3_bucket.logs.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
