resource "aws_kms_key" "trail" {
  description         = "CloudTrail log encryption"
  enable_key_rotation = true
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "audit-logs-bucket"
  kms_key_id     = aws_kms_key.trail.arn
}
