# An audit that lists every bucket of the account and reads each one's tags: every bucket is its scope.
resource "aws_iam_policy" "tag_audit" {
  name = "bucket-tag-audit"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:ListAllMyBuckets", "s3:GetBucketTagging"]
      Resource = "*"
    }]
  })
}
