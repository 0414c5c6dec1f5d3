# The default key policy: the account root and the identity that deploys the program
# administer the key (kms:*); bucket policy likewise for the deployer on its own bucket.
data "aws_caller_identity" "current" {}

resource "aws_kms_key" "logs" {
  description = "logs"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "EnableIAMUserPermissions"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "EnableDeploymentUserPermissions"
        Effect    = "Allow"
        Principal = { AWS = data.aws_caller_identity.current.arn }
        Action    = "kms:*"
        Resource  = "*"
      },
    ]
  })
}

resource "aws_s3_bucket" "artifacts" {
  bucket = "artifacts"
}

resource "aws_s3_bucket_policy" "artifacts" {
  bucket = aws_s3_bucket.artifacts.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowCurrentUserAccess"
      Effect    = "Allow"
      Principal = { AWS = data.aws_caller_identity.current.arn }
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.artifacts.arn, "${aws_s3_bucket.artifacts.arn}/*"]
    }]
  })
}
