resource "aws_s3_bucket" "reports" {
  bucket_prefix = "reports-"
  tags = {
    CostCenter = "analytics"
    Team       = "data"
  }
}
