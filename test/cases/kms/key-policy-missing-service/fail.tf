data "aws_caller_identity" "current" {}

resource "aws_kms_key" "trail" {
  description         = "CloudTrail log encryption"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountAdmin"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_cloudtrail" "main" {
  name           = "main"
  s3_bucket_name = "audit-logs-bucket"
  kms_key_id     = aws_kms_key.trail.arn
}
