# Listing every bucket does not make deleting every bucket's objects its scope.
resource "aws_iam_policy" "bucket_cleanup" {
  name = "bucket-cleanup"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:ListAllMyBuckets", "s3:DeleteObject"]
      Resource = "*"
    }]
  })
}
