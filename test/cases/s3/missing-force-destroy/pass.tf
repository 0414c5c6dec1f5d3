variable "environment_suffix" {
  type = string
}

resource "aws_s3_bucket" "trail_logs" {
  bucket        = "trail-logs-${var.environment_suffix}"
  force_destroy = true
}

resource "aws_cloudtrail" "main" {
  name           = "main-${var.environment_suffix}"
  s3_bucket_name = aws_s3_bucket.trail_logs.id
}

# Nothing but the program writes here: its own objects are destroyed before it.
resource "aws_s3_bucket" "assets" {
  bucket = "assets-${var.environment_suffix}"
}
