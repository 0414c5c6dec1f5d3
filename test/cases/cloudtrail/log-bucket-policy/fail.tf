resource "aws_s3_bucket" "audit" {
  bucket_prefix = "audit-logs-"
}

# The trail's bucket has no policy letting CloudTrail in.
resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = aws_s3_bucket.audit.id
}
