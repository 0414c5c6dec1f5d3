variable "environment_suffix" {
  type = string
}

resource "aws_s3_bucket" "trail_logs" {
  bucket = "trail-logs-${var.environment_suffix}"
}

resource "aws_cloudtrail" "main" {
  name           = "main-${var.environment_suffix}"
  s3_bucket_name = aws_s3_bucket.trail_logs.id
}
